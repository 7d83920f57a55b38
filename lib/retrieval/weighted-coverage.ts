import type { TermCounts } from "./count-term-matches";

/**
 * BM25's inverse document frequency: near 0 for a term in most chunks, highest for one in
 * none. Always positive, so every term counts a little.
 */
export function termWeight(chunks: number, matches: number): number {
  const rest = Math.max(0, chunks - matches);
  return Math.log((rest + 0.5) / (matches + 0.5) + 1);
}

/**
 * The share of the question's term weight (by rarity) that the best of the given passages
 * contains. A question whose rare, specific terms (a drug, a gene, an organism) no passage
 * contains scores low even when its common words are all there.
 *
 * @param terms the question's content terms
 * @param passages the content terms each passage contains
 */
export function weightedCoverage(
  terms: readonly string[],
  passages: ReadonlyArray<ReadonlySet<string>>,
  counts: TermCounts,
): number {
  const weights = new Map(
    terms.map((term) => [term, termWeight(counts.chunks, counts.matches.get(term) ?? 0)]),
  );
  let total = 0;
  for (const weight of weights.values()) total += weight;
  if (total === 0) return 0;
  let best = 0;
  for (const passage of passages) {
    let covered = 0;
    for (const [term, weight] of weights) if (passage.has(term)) covered += weight;
    best = Math.max(best, covered / total);
  }
  return best;
}
