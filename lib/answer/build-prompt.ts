import type { ChatMessage } from "@/lib/llm";
import { estimateTokens } from "@/lib/text/estimate-tokens";
import { formatPages } from "./format-pages";

export interface PromptSource {
  n: number;
  title: string;
  pageStart: number;
  pageEnd: number;
  /** Cited instead of the page number when present ("Slide 3", "Sheet: Budget"). */
  pageLabel?: string;
  text: string;
}

export const NOT_IN_DOCUMENTS = "The documents do not contain the answer to this question.";

const SYSTEM_PROMPT = [
  "You are Quire, an assistant that answers questions using only the numbered sources the user provides.",
  "Rules:",
  "- Use only information stated in the sources. Do not add facts from your own knowledge.",
  `- If the sources do not contain the answer, reply exactly: "${NOT_IN_DOCUMENTS}"`,
  "- After every sentence that uses a source, cite it with its number in square brackets, e.g. [1] or [2, 3].",
  "- Cite only the numbers of the sources below; never invent a source number.",
  "- Be concise and answer in the language of the question.",
].join("\n");

/** The location as a reader would look it up, so the model cites slides and sheets by name. */
function locate(source: PromptSource): string {
  return source.pageLabel ?? formatPages(source.pageStart, source.pageEnd);
}

function renderSource(source: PromptSource): string {
  return `[${source.n}] (${source.title}, ${locate(source)})\n${source.text.trim()}`;
}

/**
 * Builds the chat messages, keeping the prompt within the model's context window so
 * the host never silently truncates it: sources are added in rank order until the
 * budget (context minus room for the answer) is spent.
 */
export function buildAnswerPrompt(input: {
  question: string;
  sources: PromptSource[];
  contextSize: number;
  reserveForAnswer?: number;
}): { messages: ChatMessage[]; sources: PromptSource[] } {
  const reserve = input.reserveForAnswer ?? 1024;
  let budget =
    input.contextSize - reserve - estimateTokens(SYSTEM_PROMPT) - estimateTokens(input.question) - 32;
  const included: PromptSource[] = [];
  for (const source of input.sources) {
    const cost = estimateTokens(renderSource(source)) + 4;
    if (cost > budget) break;
    budget -= cost;
    included.push(source);
  }
  const user = [
    "Sources:",
    "",
    included.map(renderSource).join("\n\n"),
    "",
    `Question: ${input.question.trim()}`,
  ].join("\n");
  return {
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: user },
    ],
    sources: included,
  };
}
