import type { PromptMessage } from "./parse-prompt";
import { contentWords } from "./text-analysis";

/** A system prompt that asks for a standalone search query, however it is worded beyond that. */
function asksForRewrite(messages: readonly PromptMessage[]): boolean {
  return messages.some(
    (message) =>
      message.role === "system" &&
      /standalone/i.test(message.content) &&
      /search query/i.test(message.content),
  );
}

/**
 * What a competent model answers to a follow-up rewrite: the follow-up's own words, then the
 * content words of the previous user message that the follow-up lacks ("and for children?" after
 * "What is the dose of zorvaprine?" becomes "and for children dose zorvaprine"). Null when the
 * request is not a rewrite, so the ordinary reply applies.
 */
export function composeRewrite(messages: readonly PromptMessage[]): string | null {
  if (!asksForRewrite(messages)) return null;
  const userMessages = messages.filter((message) => message.role === "user");
  const followUp = userMessages.at(-1)?.content ?? "";
  const previous = userMessages.at(-2)?.content ?? "";
  const followUpWords = followUp.match(/[\p{L}\p{N}]+/gu) ?? [];
  const present = new Set(contentWords(followUp));
  const added: string[] = [];
  for (const word of previous.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const [stemmed] = contentWords(word);
    if (stemmed === undefined || present.has(stemmed)) continue;
    present.add(stemmed);
    added.push(word);
  }
  return [...followUpWords, ...added].join(" ");
}
