import { describe, expect, it } from "vitest";
import { abstentionFigures, type GateCase } from "@/lib/evaluation/abstention-figures";
import { calibrateGate } from "@/lib/evaluation/calibrate-gate";
import { documentsToRemove, holdOutQueries, seededShuffle } from "@/lib/evaluation/hold-out-queries";
import type { GateFeatures } from "@/lib/retrieval/assess-relevance";

const judgments = new Map([
  ["q1", new Map([["d1", 1]])],
  ["q2", new Map([["d2", 1]])],
  [
    "q3",
    new Map([
      ["d3", 1],
      ["d1", 1],
    ]),
  ],
  ["q4", new Map([["d4", 2]])],
  ["q5", new Map([["d5", 1]])],
]);
const ids = [...judgments.keys()];

describe("holdOutQueries", () => {
  it("holds out the same seeded share every time, and another share for another seed", () => {
    const a = holdOutQueries(ids, judgments, { share: 0.4, seed: 7 });
    const b = holdOutQueries(ids, judgments, { share: 0.4, seed: 7 });
    expect(a).toEqual(b);
    expect(a.unanswerable.length + a.dropped.length).toBe(2);
    expect(a.answerable).toHaveLength(3);
    const seeds = Array.from({ length: 10 }, (_, seed) =>
      holdOutQueries(ids, judgments, { share: 0.4, seed }),
    );
    expect(new Set(seeds.map((h) => [...h.unanswerable, ...h.dropped].sort().join())).size).toBeGreaterThan(
      1,
    );
  });

  it("removes only documents no answerable query needs, and drops held-out queries that keep one", () => {
    for (let seed = 0; seed < 20; seed++) {
      const held = holdOutQueries(ids, judgments, { share: 0.6, seed });
      const needed = new Set(held.answerable.flatMap((id) => [...(judgments.get(id)?.keys() ?? [])]));
      for (const doc of held.removedCorpusIds) expect(needed.has(doc)).toBe(false);
      for (const id of held.unanswerable) {
        for (const doc of judgments.get(id)?.keys() ?? []) expect(held.removedCorpusIds.has(doc)).toBe(true);
      }
      for (const id of held.dropped) {
        expect([...(judgments.get(id)?.keys() ?? [])].some((doc) => needed.has(doc))).toBe(true);
      }
      expect([...held.answerable, ...held.unanswerable, ...held.dropped].sort()).toEqual([...ids].sort());
    }
  });

  it("shuffles deterministically without losing items", () => {
    expect(seededShuffle([1, 2, 3, 4, 5], 3)).toEqual(seededShuffle([1, 2, 3, 4, 5], 3));
    expect(seededShuffle([1, 2, 3, 4, 5], 3).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("deletes a stored document only when every corpus id it stands for is removed", () => {
    const byDocument = new Map([
      ["s1", ["d1"]],
      ["s2", ["d2", "d9"]],
      ["s3", ["d3"]],
    ]);
    expect(documentsToRemove(byDocument, new Set(["d1", "d2", "d3"]))).toEqual(["s1", "s3"]);
  });
});

function gateCase(answerable: boolean, features: Partial<GateFeatures>): GateCase {
  return { queryId: "q", answerable, features: { hits: 3, terms: 4, matched: 4, ...features } };
}

const CASES: GateCase[] = [
  gateCase(true, { matched: 4 }),
  gateCase(true, { matched: 3 }),
  gateCase(true, { matched: 2 }),
  gateCase(false, { matched: 2 }),
  gateCase(false, { matched: 1 }),
  gateCase(false, { hits: 0, matched: 0 }),
];

describe("abstentionFigures", () => {
  const cases = [
    // required = ceil(coverage * 4): 0.5 -> 2, 0.75 -> 3, 1 -> 4
    { coverage: 0.5, correctly: 2, wrongly: 0 },
    { coverage: 0.75, correctly: 3, wrongly: 1 },
    { coverage: 1, correctly: 3, wrongly: 2 },
  ];
  it.each(cases)("coverage $coverage", ({ coverage, correctly, wrongly }) => {
    const figures = abstentionFigures(CASES, { minSimilarity: 0.45, minKeywordCoverage: coverage });
    expect(figures).toMatchObject({
      unanswerable: 3,
      answerable: 3,
      correctlyDeclined: correctly,
      wronglyDeclined: wrongly,
    });
    expect(figures.correctlyDeclinedShare).toBeCloseTo(correctly / 3);
    expect(figures.wronglyDeclinedShare).toBeCloseTo(wrongly / 3);
    expect(figures.balancedAccuracy).toBeCloseTo((correctly / 3 + 1 - wrongly / 3) / 2);
  });
});

describe("calibrateGate", () => {
  it("sweeps the keyword rule on keyword cases and picks the best balanced accuracy within the limit", () => {
    const calibration = calibrateGate(CASES, { minSimilarity: 0.45, minKeywordCoverage: 0.5 });
    expect(calibration.rows.every((row) => row.rule === "keyword coverage")).toBe(true);
    // 0.6 and 0.7 need 3 of 4 terms: one answerable declined (33%), over the 10% limit.
    expect(calibration.best.keywordCoverage?.threshold).toBe(0.3);
    expect(calibration.best.keywordCoverage?.figures.wronglyDeclined).toBe(0);
    expect(calibration.best.similarity).toBeNull();
  });

  it("sweeps the similarity rule where hits carry similarities", () => {
    const cases = [
      gateCase(true, { similarity: 0.8 }),
      gateCase(true, { similarity: 0.62 }),
      gateCase(false, { similarity: 0.5 }),
      gateCase(false, { similarity: 0.3 }),
    ];
    const calibration = calibrateGate(cases, { minSimilarity: 0.45 });
    expect(calibration.rows.every((row) => row.rule === "similarity")).toBe(true);
    const best = calibration.best.similarity;
    expect(best?.threshold).toBeGreaterThan(0.5);
    expect(best?.threshold).toBeLessThanOrEqual(0.62);
    expect(best?.figures.balancedAccuracy).toBe(1);
  });
});
