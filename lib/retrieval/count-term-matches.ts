import type { VectorFilter, VectorStore } from "@/lib/vector";
import { isStopWord, lightStem, tokenizeWords } from "./query-terms";

/**
 * Document frequencies above this all mean "common" (a term in 1,000 of 6,000 chunks
 * already weighs little); counting further would only cost time.
 */
export const MAX_COUNTED_MATCHES = 1_000;

/** How rare each of a question's content terms is in the index. */
export interface TermCounts {
  /** Chunks the filter lets through. */
  chunks: number;
  /** Per content term (light stem, as contentTerms gives it): chunks containing it, up to MAX_COUNTED_MATCHES. */
  matches: ReadonlyMap<string, number>;
}

/** One surface word per content term, the first the question uses: the full-text index stems it its own way. */
function wordsByTerm(query: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of tokenizeWords(query)) {
    if (isStopWord(token.word)) continue;
    const term = lightStem(token.word);
    if (!words.has(term)) words.set(term, token.word);
  }
  return words;
}

/**
 * Counts, for each content term of the question, the chunks containing it among those the
 * filter lets through. The filter must carry the caller's read scope: a term's rarity then
 * says nothing about documents the caller may not read.
 */
export async function countTermMatches(
  store: Pick<VectorStore, "countChunks" | "countKeywordMatches">,
  query: string,
  filter: VectorFilter,
): Promise<TermCounts> {
  const words = wordsByTerm(query);
  const [chunks, counts] = await Promise.all([
    store.countChunks(filter),
    store.countKeywordMatches([...words.values()], MAX_COUNTED_MATCHES, filter),
  ]);
  const matches = new Map([...words.keys()].map((term, i) => [term, counts[i] ?? 0]));
  return { chunks, matches };
}
