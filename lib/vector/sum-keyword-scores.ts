/** A chunk a keyword part matched, with that part's BM25 score. */
export interface PartHit<T> {
  id: string;
  hit: T;
  score: number;
}

/**
 * Adds up each chunk's scores over the keyword parts and returns the best `k`. Only parts
 * that `find` can bring a chunk in; the others add to chunks already found. Each part is a
 * top-N list, so a chunk outside a part's list counts 0 for it: with N a few times `k`,
 * this moves only chunks near the cut-off. Ties keep the order in which chunks were found.
 */
export function sumKeywordScores<T>(
  parts: ReadonlyArray<{ finds: boolean; hits: ReadonlyArray<PartHit<T>> }>,
  k: number,
): Array<{ hit: T; score: number }> {
  const byId = new Map<string, { hit: T; score: number }>();
  for (const part of parts) {
    if (!part.finds) continue;
    for (const { id, hit, score } of part.hits) {
      const found = byId.get(id);
      if (found) found.score += score;
      else byId.set(id, { hit, score });
    }
  }
  for (const part of parts) {
    if (part.finds) continue;
    for (const { id, score } of part.hits) {
      const found = byId.get(id);
      if (found) found.score += score;
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score).slice(0, k);
}
