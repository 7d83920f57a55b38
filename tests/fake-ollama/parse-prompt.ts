/**
 * Reads a RAG prompt the way a model would: numbered sources written as lines that start with
 * `[n]`, and the question in the last user message (possibly after the sources, as "Question: ...").
 */

export interface PromptMessage {
  role: string;
  content: string;
}

export interface PromptSource {
  number: number;
  /** Text after the `[n]` marker on the header line, e.g. "(Title, page 3)". */
  header: string;
  body: string;
}

export interface ParsedPrompt {
  sources: PromptSource[];
  question: string;
}

const SOURCE_HEADER = /^\[(\d+)\]\s?(.*)$/;
const QUESTION_LINE = /^\s*question\s*:\s*/i;

/** Splits a message into the part holding sources and the question that follows them, if any. */
function splitTrailingQuestion(content: string): { before: string; question: string | null } {
  const lines = content.split("\n");
  const questionLine = lines.findLastIndex((line) => QUESTION_LINE.test(line));
  if (questionLine >= 0) {
    const question = [
      lines[questionLine]?.replace(QUESTION_LINE, "") ?? "",
      ...lines.slice(questionLine + 1),
    ];
    return { before: lines.slice(0, questionLine).join("\n"), question: question.join("\n").trim() };
  }
  if (!lines.some((line) => SOURCE_HEADER.test(line))) return { before: "", question: content.trim() };
  // Sources and a bare question in one message: the question is the last paragraph.
  const paragraphs = content.trimEnd().split(/\n\s*\n/);
  const last = paragraphs.at(-1) ?? "";
  if (SOURCE_HEADER.test(last.trimStart()) || paragraphs.length < 2)
    return { before: content, question: null };
  return { before: paragraphs.slice(0, -1).join("\n\n"), question: last.trim() };
}

function parseSources(text: string): PromptSource[] {
  const sources: PromptSource[] = [];
  let current: { number: number; header: string; lines: string[] } | null = null;
  const finish = () => {
    if (current)
      sources.push({ number: current.number, header: current.header, body: current.lines.join("\n").trim() });
  };
  for (const line of text.split("\n")) {
    const header = SOURCE_HEADER.exec(line.trim());
    if (header) {
      finish();
      current = { number: Number(header[1]), header: header[2] ?? "", lines: [] };
    } else {
      current?.lines.push(line);
    }
  }
  finish();
  return sources;
}

export function parsePrompt(messages: readonly PromptMessage[]): ParsedPrompt {
  const lastUserIndex = messages.findLastIndex((message) => message.role === "user");
  const sources: PromptSource[] = [];
  let question = "";
  messages.forEach((message, index) => {
    if (index === lastUserIndex) {
      const split = splitTrailingQuestion(message.content);
      sources.push(...parseSources(split.before));
      question = split.question ?? "";
    } else if (message.role !== "assistant") {
      sources.push(...parseSources(message.content));
    }
  });
  return { sources, question };
}
