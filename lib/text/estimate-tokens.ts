/** Ideographs, kana and Hangul: tokenizers spend about one token per character on these. */
const DENSE_SCRIPT_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const TOKENS_PER_WORD = 1.3;
const CHARS_PER_TOKEN = 4;

/**
 * Estimates how many tokens an embedding or chat model will see, without loading a tokenizer.
 * English averages ~1.3 BPE tokens per word and ~4 characters per token; taking the larger of
 * the two keeps the estimate on the safe (high) side for text full of numbers, codes and long
 * words, where the word count alone undercounts. Ideographic characters are counted as one
 * token each, since they have no spaces for the word count to see. Pure and deterministic.
 */
export function estimateTokens(text: string): number {
  const dense = text.match(DENSE_SCRIPT_CHAR)?.length ?? 0;
  const rest = dense === 0 ? text : text.replace(DENSE_SCRIPT_CHAR, " ");
  const words = rest.match(/\S+/g)?.length ?? 0;
  const chars = rest.replace(/\s+/g, " ").trim().length;
  return Math.ceil(Math.max(words * TOKENS_PER_WORD, chars / CHARS_PER_TOKEN) + dense);
}
