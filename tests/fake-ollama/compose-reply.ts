import { type PromptMessage, type PromptSource, parsePrompt } from "./parse-prompt";
import { contentWords, sharedWordCount } from "./text-analysis";

export const GENERIC_REPLY = "Hello! I am the fake Ollama model. Ask me a question about your documents.";
/** What the fake says when no source matches, unless the system prompt dictates a phrase. */
export const NO_ANSWER_REPLY = "The documents do not contain the answer to this question.";

/** A system prompt such as `... reply exactly: "<phrase>"` names the abstention phrase to use. */
function abstentionPhrase(messages: readonly PromptMessage[]): string {
  for (const message of messages) {
    if (message.role !== "system") continue;
    const match = /reply exactly:\s*"([^"]+)"/i.exec(message.content);
    if (match?.[1]) return match[1];
  }
  return NO_ANSWER_REPLY;
}

function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** The highest-scoring item; the first one wins ties so replies are deterministic. */
function best<T>(items: readonly T[], score: (item: T) => number): { item: T; score: number } | null {
  let winner: { item: T; score: number } | null = null;
  for (const item of items) {
    const value = score(item);
    if (winner === null || value > winner.score) winner = { item, score: value };
  }
  return winner;
}

function sourceText(source: PromptSource): string {
  return source.body.length > 0 ? source.body : source.header.replace(/^\(.*?\)\s*/, "");
}

/**
 * What a grounded model would say: the sentence of the best-matching source that shares the most
 * content words with the question, quoted verbatim and cited with the source's number.
 */
export function composeReply(messages: readonly PromptMessage[]): string {
  const { sources, question } = parsePrompt(messages);
  if (sources.length === 0) return GENERIC_REPLY;

  const questionWords = contentWords(question);
  const bestSource = best(sources, (source) =>
    sharedWordCount(questionWords, contentWords(sourceText(source))),
  );
  if (bestSource === null || bestSource.score === 0) return abstentionPhrase(messages);

  const sentences = splitSentences(sourceText(bestSource.item));
  const bestSentence = best(sentences, (sentence) => sharedWordCount(questionWords, contentWords(sentence)));
  const sentence = (bestSentence?.item ?? "").replace(/[.!?]+$/, "");
  return `According to the documents, ${sentence} [${bestSource.item.number}].`;
}
