import type { Judgments, MetricSet } from "./types";

/**
 * The measures BEIR reports, computed as trec_eval does: linear gains (the grade
 * itself) with a log2(rank + 1) discount for nDCG, and the ideal ranking built from
 * every judged relevant document, retrieved or not. `ranked` is best first; a
 * repeated id counts only where it first appears.
 */

function firstOccurrences(ranked: readonly string[], k: number): string[] {
  return [...new Set(ranked)].slice(0, Math.max(0, k));
}

function discountedGain(grades: readonly number[]): number {
  return grades.reduce((sum, grade, index) => sum + grade / Math.log2(index + 2), 0);
}

export function ndcgAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  const ideal = [...judgments.values()].sort((a, b) => b - a).slice(0, Math.max(0, k));
  const idealGain = discountedGain(ideal);
  if (idealGain === 0) return 0;
  const gains = firstOccurrences(ranked, k).map((id) => judgments.get(id) ?? 0);
  return discountedGain(gains) / idealGain;
}

/** Share of all relevant documents that appear in the top k. */
export function recallAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  if (judgments.size === 0) return 0;
  const found = firstOccurrences(ranked, k).filter((id) => judgments.has(id)).length;
  return found / judgments.size;
}

/** 1 / rank of the first relevant document within the top k; 0 when none is there. */
export function reciprocalRankAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  const index = firstOccurrences(ranked, k).findIndex((id) => judgments.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

export function scoreRanking(ranked: readonly string[], judgments: Judgments): MetricSet {
  return {
    ndcg10: ndcgAt(ranked, judgments, 10),
    recall10: recallAt(ranked, judgments, 10),
    recall100: recallAt(ranked, judgments, 100),
    mrr10: reciprocalRankAt(ranked, judgments, 10),
  };
}

/** Macro average: every query weighs the same, however many relevant documents it has. */
export function meanMetrics(perQuery: readonly MetricSet[]): MetricSet {
  const mean = (pick: (set: MetricSet) => number) =>
    perQuery.length === 0 ? 0 : perQuery.reduce((sum, set) => sum + pick(set), 0) / perQuery.length;
  return {
    ndcg10: mean((set) => set.ndcg10),
    recall10: mean((set) => set.recall10),
    recall100: mean((set) => set.recall100),
    mrr10: mean((set) => set.mrr10),
  };
}
