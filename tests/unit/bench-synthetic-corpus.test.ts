import { describe, expect, it } from "vitest";
import { type CorpusParameters, SyntheticCorpus } from "@/bench/search/synthetic-corpus";
import type { SentenceSource } from "@/bench/support/sentence-source";

const source: SentenceSource = {
  name: "vocabulary",
  sentences: ["Alpha beta gamma delta.", "Epsilon zeta eta theta iota.", "Kappa lambda mu nu xi omicron."],
  titles: ["First title", "Second title"],
};

const parameters: CorpusParameters = {
  size: 1_000,
  dimension: 32,
  collections: 5,
  clusters: 4,
  chunksPerDocument: 10,
  wordsPerChunk: 20,
  seed: 3,
  textSource: "vocabulary",
  generatorVersion: 1,
};

const norm = (vector: number[]) => Math.hypot(...vector);
const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);

describe("SyntheticCorpus", () => {
  it("regenerates any row identically, independent of what was generated before", () => {
    const first = new SyntheticCorpus(parameters, source);
    const second = new SyntheticCorpus(parameters, source);
    second.chunkAt(1);
    expect(second.chunkAt(42)).toEqual(first.chunkAt(42));
  });

  it("makes unit vectors of the configured dimension and ids Quire accepts", () => {
    const chunk = new SyntheticCorpus(parameters, source).chunkAt(123);
    expect(chunk.vector).toHaveLength(32);
    expect(norm(chunk.vector ?? [])).toBeCloseTo(1, 10);
    expect(chunk.chunkId).toBe("doc-12:3");
    expect(chunk.collectionId).toBe("c02");
    expect(chunk.text.split(" ").length).toBeGreaterThanOrEqual(20);
  });

  it("aims each query at a stored row: near its vector, with its words, in its collection", () => {
    const corpus = new SyntheticCorpus(parameters, source);
    const query = corpus.queryAt(0);
    expect(norm(query.vector)).toBeCloseTo(1, 10);
    const best = Array.from({ length: parameters.size }, (_, i) => corpus.chunkAt(i)).reduce((a, b) =>
      cosine(query.vector, a.vector ?? []) >= cosine(query.vector, b.vector ?? []) ? a : b,
    );
    expect(cosine(query.vector, best.vector ?? [])).toBeGreaterThan(0.9);
    expect(best.text).toContain(query.text);
    expect(query.collectionId).toBe(best.collectionId);
  });
});
