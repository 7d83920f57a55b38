/**
 * The fake's notion of "meaning": content words after light stemming. Shared by the embedding
 * (texts with words in common are close) and the reply (the answer quotes the best-matching source).
 */

const TASK_PREFIXES = ["search_query: ", "search_document: ", "query: ", "passage: "];

const STOP_WORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does doing for from had has have having he her " +
    "here hers him his how i if in into is it its itself just me more most my no nor not of off on once only " +
    "or other our ours out over own same she should so some such than that the their theirs them then there " +
    "these they this those through to too under until up very was we were what when where which while who " +
    "whom why will with would you your yours about above after again against all am any because before " +
    "below between both down during each few further s t don"
  ).split(" "),
);

export function stripTaskPrefix(text: string): string {
  const prefix = TASK_PREFIXES.find((candidate) => text.startsWith(candidate));
  return prefix === undefined ? text : text.slice(prefix.length);
}

/** Folds common English inflections so "refunds", "refunded" and "refunding" meet at "refund". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ing") && word.length > 5) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Stemmed content words in order, duplicates kept. */
export function contentWords(text: string): string[] {
  const words =
    stripTaskPrefix(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word)).map(stem);
}

/** Number of distinct content words two word lists share. */
export function sharedWordCount(left: readonly string[], right: readonly string[]): number {
  const rightSet = new Set(right);
  return new Set(left.filter((word) => rightSet.has(word))).size;
}

/** Rough token count (about 4 characters per token), good enough for context-size decisions. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
