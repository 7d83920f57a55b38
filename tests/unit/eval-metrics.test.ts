import { describe, expect, it } from "vitest";
import {
  meanMetrics,
  ndcgAt,
  recallAt,
  reciprocalRankAt,
  scoreRanking,
} from "@/lib/evaluation/ranking-metrics";

const judged = (entries: Record<string, number>) => new Map(Object.entries(entries));
interface Case {
  name: string;
  ranked: string[];
  judgments: Record<string, number>;
  k: number;
  expected: number;
}

/** log2(rank + 1) discounts, written out so the expectations below can be checked by hand. */
const d = (rank: number) => 1 / Math.log2(rank + 1);

describe("ndcgAt", () => {
  it.each<Case>([
    {
      name: "perfect binary ranking",
      ranked: ["a", "b", "x"],
      judgments: { a: 1, b: 1 },
      k: 10,
      expected: 1,
    },
    {
      name: "binary, relevant at ranks 2 and 3",
      ranked: ["x", "a", "b"],
      judgments: { a: 1, b: 1 },
      k: 10,
      expected: (d(2) + d(3)) / (d(1) + d(2)), // 0.6934...
    },
    {
      name: "graded gains are linear: grade 2 first beats grade 1 first",
      ranked: ["one", "two"],
      judgments: { one: 1, two: 2 },
      k: 10,
      expected: (1 * d(1) + 2 * d(2)) / (2 * d(1) + 1 * d(2)), // 2.2619 / 2.6309 = 0.8597...
    },
    {
      name: "ideal DCG counts judged documents that were never retrieved",
      ranked: ["a"],
      judgments: { a: 1, b: 1, c: 1 },
      k: 10,
      expected: d(1) / (d(1) + d(2) + d(3)),
    },
    {
      name: "only the top k count, for the ranking and for the ideal",
      ranked: ["x", "y", "a"],
      judgments: { a: 1, b: 1, c: 1 },
      k: 2,
      expected: 0,
    },
    { name: "no relevant document retrieved", ranked: ["x", "y"], judgments: { a: 2 }, k: 10, expected: 0 },
    { name: "nothing retrieved", ranked: [], judgments: { a: 1 }, k: 10, expected: 0 },
    {
      name: "fewer than k results are not padded",
      ranked: ["a", "x"],
      judgments: { a: 1, b: 2 },
      k: 10,
      expected: (1 * d(1)) / (2 * d(1) + 1 * d(2)),
    },
    {
      name: "a repeated id counts once, where it first appears",
      ranked: ["x", "a", "a", "b"],
      judgments: { a: 1, b: 1 },
      k: 10,
      expected: (d(2) + d(3)) / (d(1) + d(2)),
    },
  ])("$name", ({ ranked, judgments, k, expected }) => {
    expect(ndcgAt(ranked, judged(judgments), k)).toBeCloseTo(expected, 12);
  });

  it("is 0, not NaN, when a query has no relevant documents", () => {
    expect(ndcgAt(["a"], new Map(), 10)).toBe(0);
  });
});

describe("recallAt", () => {
  it.each<Case>([
    { name: "all found", ranked: ["a", "b"], judgments: { a: 1, b: 2 }, k: 10, expected: 1 },
    {
      name: "one of four found",
      ranked: ["x", "c"],
      judgments: { a: 1, b: 1, c: 1, e: 1 },
      k: 10,
      expected: 0.25,
    },
    {
      name: "found past the cut-off do not count",
      ranked: ["x", "y", "a"],
      judgments: { a: 1 },
      k: 2,
      expected: 0,
    },
    { name: "grades do not matter", ranked: ["a"], judgments: { a: 1, b: 2 }, k: 10, expected: 0.5 },
    { name: "none found", ranked: ["x"], judgments: { a: 1 }, k: 100, expected: 0 },
    { name: "fewer than k results", ranked: ["b"], judgments: { a: 1, b: 1 }, k: 100, expected: 0.5 },
  ])("$name", ({ ranked, judgments, k, expected }) => {
    expect(recallAt(ranked, judged(judgments), k)).toBeCloseTo(expected, 12);
  });
});

describe("reciprocalRankAt", () => {
  it.each([
    { name: "relevant first", ranked: ["a", "b"], k: 10, expected: 1 },
    { name: "first relevant at rank 3", ranked: ["x", "y", "b", "a"], k: 10, expected: 1 / 3 },
    { name: "first relevant just past k", ranked: ["x", "y", "a"], k: 2, expected: 0 },
    { name: "nothing relevant", ranked: ["x", "y"], k: 10, expected: 0 },
    { name: "nothing retrieved", ranked: [], k: 10, expected: 0 },
  ])("$name", ({ ranked, k, expected }) => {
    expect(reciprocalRankAt(ranked, judged({ a: 1, b: 2 }), k)).toBeCloseTo(expected, 12);
  });
});

describe("scoreRanking and meanMetrics", () => {
  it("computes the four reported measures for one query", () => {
    // 12 relevant documents; ranks 2 and 11 retrieved.
    const judgments = judged(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`r${i}`, 1])));
    const ranked = ["x0", "r0", ...Array.from({ length: 8 }, (_, i) => `x${i + 1}`), "r1"];
    const ideal = Array.from({ length: 10 }, (_, i) => d(i + 1)).reduce((a, b) => a + b, 0);
    const metrics = scoreRanking(ranked, judgments);
    expect(metrics.ndcg10).toBeCloseTo(d(2) / ideal, 12);
    expect(metrics.recall10).toBeCloseTo(1 / 12, 12);
    expect(metrics.recall100).toBeCloseTo(2 / 12, 12);
    expect(metrics.mrr10).toBeCloseTo(0.5, 12);
  });

  it("averages per query, each query weighing the same", () => {
    const mean = meanMetrics([
      { ndcg10: 1, recall10: 1, recall100: 1, mrr10: 1 },
      { ndcg10: 0, recall10: 0.5, recall100: 1, mrr10: 0.25 },
    ]);
    expect(mean).toEqual({ ndcg10: 0.5, recall10: 0.75, recall100: 1, mrr10: 0.625 });
  });

  it("gives zeros for an empty list of queries", () => {
    expect(meanMetrics([])).toEqual({ ndcg10: 0, recall10: 0, recall100: 0, mrr10: 0 });
  });
});
