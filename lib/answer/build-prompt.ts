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
  /** The adjacent passages of the same document (lib/retrieval/neighbour-context.ts), shown around the text when the budget allows. */
  context?: { before: string; after: string };
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
  const parts = [source.context?.before, source.text, source.context?.after].flatMap((part) =>
    part === undefined || part.trim() === "" ? [] : [part.trim()],
  );
  return `[${source.n}] (${source.title}, ${locate(source)})\n${parts.join("\n\n")}`;
}

function sourceCost(source: PromptSource): number {
  return estimateTokens(renderSource(source)) + 4;
}

/**
 * Neighbour context never costs a source its place: the bare passages are fitted first, then
 * context is added to them in rank order while the remaining budget allows.
 */
function fitSources(sources: readonly PromptSource[], budget: number): PromptSource[] {
  let left = budget;
  const bare: PromptSource[] = [];
  for (const source of sources) {
    const { context: _context, ...passage } = source;
    const cost = sourceCost(passage);
    if (cost > left) break;
    left -= cost;
    bare.push(passage);
  }
  return bare.map((passage, i) => {
    const context = sources[i]?.context;
    if (!context) return passage;
    const extra = sourceCost({ ...passage, context }) - sourceCost(passage);
    if (extra > left) return passage;
    left -= extra;
    return { ...passage, context };
  });
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
  /** Earlier turns of the conversation, already fitted into what the sources leave (lib/conversations). */
  history?: ChatMessage[];
}): { messages: ChatMessage[]; sources: PromptSource[]; tokens: number } {
  const reserve = input.reserveForAnswer ?? 1024;
  const budget =
    input.contextSize - reserve - estimateTokens(SYSTEM_PROMPT) - estimateTokens(input.question) - 32;
  const included = fitSources(input.sources, budget);
  const user = [
    "Sources:",
    "",
    included.map(renderSource).join("\n\n"),
    "",
    `Question: ${input.question.trim()}`,
  ].join("\n");
  const messages: ChatMessage[] = [
    { role: "system", content: SYSTEM_PROMPT },
    ...(input.history ?? []),
    { role: "user", content: user },
  ];
  // What the prompt takes of the window, the answer's reserve included: the history gets the rest.
  const tokens = reserve + messages.reduce((sum, message) => sum + estimateTokens(message.content) + 4, 0);
  return { messages, sources: included, tokens };
}
