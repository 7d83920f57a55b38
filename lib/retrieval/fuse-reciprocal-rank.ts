export interface FusedItem {
  id: string;
  score: number;
  /** 0-based position of the id in each input list; undefined where it is absent. */
  ranks: (number | undefined)[];
}

export interface FuseOptions {
  /** Damps the advantage of the very top ranks; 60 is the value from the original RRF paper. */
  k?: number;
  /** Per-list multipliers; a missing entry counts as 1. */
  weights?: number[];
}

function bestRank(ranks: (number | undefined)[]): number {
  return Math.min(...ranks.map((rank) => rank ?? Number.POSITIVE_INFINITY));
}

/**
 * Reciprocal rank fusion: score(id) = sum over lists of weight / (k + rank + 1), with
 * 0-based ranks. Uses ranks only, so BM25 scores and cosine similarities, which live
 * on unrelated scales, never need normalising. Ties are broken by the better single
 * rank, then by id, so equal inputs always give the same order.
 */
export function fuseReciprocalRank(
  lists: Array<Array<{ id: string }>>,
  options: FuseOptions = {},
): FusedItem[] {
  const k = options.k ?? 60;
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`RRF k must be a non-negative number, got ${k}`);

  const fused = new Map<string, FusedItem>();
  lists.forEach((list, listIndex) => {
    const weight = options.weights?.[listIndex] ?? 1;
    list.forEach((item, rank) => {
      let entry = fused.get(item.id);
      if (!entry) {
        entry = { id: item.id, score: 0, ranks: lists.map(() => undefined) };
        fused.set(item.id, entry);
      }
      // A repeated id keeps its first (best) position in a list.
      if (entry.ranks[listIndex] !== undefined) return;
      entry.ranks[listIndex] = rank;
      entry.score += weight / (k + rank + 1);
    });
  });

  return [...fused.values()].sort(
    (a, b) =>
      b.score - a.score || bestRank(a.ranks) - bestRank(b.ranks) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
