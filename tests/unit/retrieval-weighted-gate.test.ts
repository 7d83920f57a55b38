import { describe, expect, it } from "vitest";
import { allCollections, readScopeOf } from "@/lib/access/read-scope";
import type { SearchHit } from "@/lib/domain/types";
import { type GateFeatures, gateFeatures, judgeRelevance } from "@/lib/retrieval/assess-relevance";
import { countTermMatches, type TermCounts } from "@/lib/retrieval/count-term-matches";
import { gatherGateFeatures } from "@/lib/retrieval/gather-gate-features";
import { termWeight, weightedCoverage } from "@/lib/retrieval/weighted-coverage";
import type { VectorFilter } from "@/lib/vector";

function hit(text: string, extra: Partial<SearchHit> = {}): SearchHit {
  return {
    chunkId: "c",
    documentId: "d",
    title: "t",
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    ocr: false,
    score: 0.03,
    keywordRank: 0,
    ...extra,
  };
}

function counts(chunks: number, matches: Record<string, number>): TermCounts {
  return { chunks, matches: new Map(Object.entries(matches)) };
}

describe("termWeight", () => {
  it.each([
    { name: "a term in no chunk weighs most", rarer: [1000, 0], commoner: [1000, 1] },
    { name: "a rare term outweighs a common one", rarer: [1000, 3], commoner: [1000, 400] },
    { name: "the same count weighs more in a larger index", rarer: [5000, 10], commoner: [100, 10] },
  ])("$name", ({ rarer, commoner }) => {
    const [a, b] = [termWeight(rarer[0] ?? 0, rarer[1] ?? 0), termWeight(commoner[0] ?? 0, commoner[1] ?? 0)];
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(0);
  });

  it("never goes negative when the counts disagree (a term counted in more chunks than exist)", () => {
    expect(termWeight(10, 50)).toBeGreaterThan(0);
  });
});

describe("weightedCoverage", () => {
  // In 1,000 chunks: "metformin" in 2, "risk" in 300, "cancer" in 200.
  const COUNTS = counts(1000, { metformin: 2, risk: 300, cancer: 200 });
  const TERMS = ["metformin", "cancer", "risk"];
  const w = (term: string) => termWeight(1000, COUNTS.matches.get(term) ?? 0);
  const total = w("metformin") + w("cancer") + w("risk");
  it.each([
    { name: "no passages", passages: [], expected: 0 },
    { name: "all terms in one passage", passages: [["metformin", "cancer", "risk"]], expected: 1 },
    {
      name: "common words only: the rare term's weight is missing",
      passages: [["cancer", "risk"]],
      expected: (w("cancer") + w("risk")) / total,
    },
    {
      name: "the best passage decides, not their union",
      passages: [["metformin"], ["cancer", "risk"]],
      expected: w("metformin") / total,
    },
  ])("$name", ({ passages, expected }) => {
    expect(
      weightedCoverage(
        TERMS,
        passages.map((terms) => new Set(terms)),
        COUNTS,
      ),
    ).toBeCloseTo(expected, 10);
  });

  it("weights the rare term above the two common ones together here", () => {
    const rare = weightedCoverage(TERMS, [new Set(["metformin"])], COUNTS);
    const common = weightedCoverage(TERMS, [new Set(["cancer", "risk"])], COUNTS);
    expect(rare).toBeGreaterThan(common);
  });
});

describe("gateFeatures and judgeRelevance with term counts", () => {
  const query = "Does metformin lower cancer risk?";
  // "metformin" is in no chunk; the other words are in most.
  const COUNTS = counts(1000, { metformin: 0, lower: 600, cancer: 500, risk: 700 });
  it.each([
    {
      name: "a hit naming the rare drug and one common word passes",
      hits: [hit("Metformin users had a lower rate.")],
      threshold: 0.35,
      relevant: true,
    },
    {
      name: "three common words without the drug are declined",
      hits: [hit("Lower cancer risk with exercise.")],
      threshold: 0.35,
      relevant: false,
    },
    {
      name: "the same hit passes a lower threshold",
      hits: [hit("Lower cancer risk with exercise.")],
      threshold: 0.15,
      relevant: true,
    },
    {
      name: "a lower-ranked keyword hit with the rare term decides",
      hits: [
        hit("Cancer risk tables.", { keywordRank: 0 }),
        hit("Metformin and cancer.", { keywordRank: 1 }),
      ],
      threshold: 0.35,
      relevant: true,
    },
  ])("$name", ({ hits, threshold, relevant }) => {
    const features = gateFeatures(query, hits, COUNTS);
    expect(features.weightedCoverage).toBeGreaterThanOrEqual(0);
    const verdict = judgeRelevance(features, { minSimilarity: 0.45, minKeywordCoverage: threshold });
    expect(verdict.relevant).toBe(relevant);
    expect(verdict.reason).toMatch(/rarity-weighted/);
  });

  it.each<{ name: string; features: GateFeatures; relevant: boolean }>([
    {
      name: "similarity decides over weighted coverage",
      features: { hits: 2, terms: 3, matched: 3, similarity: 0.2, weightedCoverage: 1 },
      relevant: false,
    },
    {
      name: "weighted coverage at the threshold",
      features: { hits: 2, terms: 3, matched: 0, weightedCoverage: 0.35 },
      relevant: true,
    },
    {
      name: "weighted coverage below it, whatever the plain count",
      features: { hits: 2, terms: 3, matched: 3, weightedCoverage: 0.34 },
      relevant: false,
    },
    { name: "no hits", features: { hits: 0, terms: 3, matched: 0, weightedCoverage: 1 }, relevant: false },
  ])("$name", ({ features, relevant }) => {
    expect(judgeRelevance(features, { minSimilarity: 0.45, minKeywordCoverage: 0.35 }).relevant).toBe(
      relevant,
    );
  });

  it("leaves weighted coverage out without counts, or without content terms", () => {
    expect(gateFeatures(query, [hit("metformin")]).weightedCoverage).toBeUndefined();
    expect(gateFeatures("what is it?", [hit("what is it")], COUNTS).weightedCoverage).toBeUndefined();
  });
});

/** Records what the gate asked the store, and answers with fixed counts. */
function recordingStore(perWord: Record<string, number>, chunks = 100) {
  const calls: Array<{ words: readonly string[]; filter: VectorFilter | undefined }> = [];
  return {
    calls,
    store: {
      countChunks: async (_filter?: VectorFilter) => chunks,
      countKeywordMatches: async (words: readonly string[], _cap: number, filter?: VectorFilter) => {
        calls.push({ words, filter });
        return words.map((word) => perWord[word] ?? 0);
      },
    },
  };
}

describe("countTermMatches", () => {
  it("counts one surface word per content term and keys the counts by term", async () => {
    const { store, calls } = recordingStore({ treatments: 7, aspirin: 2 });
    const result = await countTermMatches(store, "What treatments with aspirin, and which treatment?", {});
    expect(calls[0]?.words).toEqual(["treatments", "aspirin"]);
    expect(result.chunks).toBe(100);
    expect([...result.matches]).toEqual([
      ["treatment", 7],
      ["aspirin", 2],
    ]);
  });
});

describe("gatherGateFeatures", () => {
  it.each([
    {
      name: "counts over the caller's readable collections only",
      scope: readScopeOf({ role: "reader", readableCollectionIds: ["col-a"] }),
      hits: [hit("aspirin dosage")],
      filter: { collectionIds: ["col-a"] },
    },
    {
      name: "a reader of nothing counts over nothing",
      scope: readScopeOf({ role: "reader", readableCollectionIds: [] }),
      hits: [hit("aspirin dosage")],
      filter: { collectionIds: [] },
    },
    {
      name: "the whole library for an operator",
      scope: allCollections(),
      hits: [hit("aspirin dosage")],
      filter: {},
    },
  ])("$name", async ({ scope, hits, filter }) => {
    const { store, calls } = recordingStore({ aspirin: 1, dosage: 1 });
    const features = await gatherGateFeatures(store, scope, "aspirin dosage", hits);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.filter).toEqual(filter);
    expect(features.weightedCoverage).toBeCloseTo(1);
  });

  it.each([
    { name: "hits with a similarity (hybrid)", hits: [hit("aspirin", { similarity: 0.5 })] },
    { name: "no hits", hits: [] },
  ])("does not count terms for $name", async ({ hits }) => {
    const { store, calls } = recordingStore({});
    const features = await gatherGateFeatures(store, allCollections(), "aspirin dosage", hits);
    expect(calls).toHaveLength(0);
    expect(features.weightedCoverage).toBeUndefined();
  });
});
