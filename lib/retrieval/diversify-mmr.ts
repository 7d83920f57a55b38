import { jaccard } from "./collapse-duplicates";
import { contentTerms } from "./query-terms";

/** Sources chosen by MMR; the rest keep their order after them. */
export const MMR_DEPTH = 10;
/** How far down the ranking MMR may reach for a source that adds something new. */
export const MMR_POOL = 30;

/**
 * Maximal marginal relevance: picks, one at a time, the candidate with the best
 * `lambda * relevance - (1 - lambda) * (highest similarity to one already picked)`, so
 * six chunks of one passage do not crowd out the other documents that answer the
 * question. Relevance is the fused score scaled to the best one; similarity is the
 * Jaccard overlap of content words (hits carry no vectors).
 */
export function diversifyMmr<T extends { text: string; score: number }>(
  hits: readonly T[],
  lambda: number,
  depth: number = MMR_DEPTH,
): T[] {
  if (lambda >= 1 || hits.length < 2) return [...hits];
  const pool = hits.slice(0, MMR_POOL);
  const top = Math.max(...pool.map((hit) => hit.score));
  const relevance = pool.map((hit) => (top > 0 ? hit.score / top : 0));
  const words = pool.map((hit) => new Set(contentTerms(hit.text)));
  const picked: number[] = [];
  const remaining = new Set(pool.keys());
  while (picked.length < Math.min(depth, pool.length)) {
    let best: { index: number; value: number } | null = null;
    for (const index of remaining) {
      const candidateWords = words[index] ?? new Set<string>();
      const redundancy = Math.max(0, ...picked.map((p) => jaccard(candidateWords, words[p] ?? new Set())));
      const value = lambda * (relevance[index] ?? 0) - (1 - lambda) * redundancy;
      if (best === null || value > best.value) best = { index, value };
    }
    if (best === null) break;
    picked.push(best.index);
    remaining.delete(best.index);
  }
  const rest = hits.filter((_, index) => !picked.includes(index));
  return [...picked.flatMap((index) => (pool[index] === undefined ? [] : [pool[index]])), ...rest];
}
