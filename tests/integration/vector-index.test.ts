import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IndexedChunk } from "@/lib/domain/types";
import { openVectorStore, type VectorStore } from "@/lib/vector";

const DIMENSION = 32;

/** Deterministic pseudo-random numbers so a failing recall is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  };
}

function randomVectors(count: number, seed: number): number[][] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => Array.from({ length: DIMENSION }, next));
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  a.forEach((value, i) => {
    const other = b[i] ?? 0;
    dot += value * other;
    normA += value * value;
    normB += other * other;
  });
  return dot / Math.sqrt(normA * normB);
}

function chunk(chunkId: string, vector: number[] | null, documentId = "doc-a"): IndexedChunk {
  return {
    chunkId,
    documentId,
    collectionId: "col-1",
    title: "Vectors",
    text: `chunk ${chunkId} about rivers`,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    vector,
  };
}

const stores: VectorStore[] = [];
let dir: string;

async function open(options: Parameters<typeof openVectorStore>[1] = {}): Promise<VectorStore> {
  const store = await openVectorStore(dir, options);
  stores.push(store);
  return store;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-vector-index-"));
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("vector store: ANN index", () => {
  it("builds the index above the threshold and still returns the exact nearest neighbours", async () => {
    const store = await open({ vectorIndexThreshold: 300 });
    const vectors = randomVectors(600, 42);
    await store.upsertChunks(vectors.slice(0, 200).map((vector, i) => chunk(`c-${i}`, vector)));
    await store.optimize();
    expect((await store.indexStatus()).vector).toBe(false);

    await store.upsertChunks(
      vectors.slice(200).map((vector, i) => chunk(`c-${i + 200}`, vector, i === 17 ? "doc-b" : "doc-a")),
    );
    await store.upsertChunks([chunk("no-vector", null)]);
    await store.optimize();
    expect(await store.indexStatus()).toEqual({ fullText: true, vector: true });

    // The filter applies before the nearest-neighbour cut, also through the index.
    const filtered = await store.vectorSearch(vectors[0] ?? [], 3, { documentIds: ["doc-b"] });
    expect(filtered.map((hit) => hit.chunkId)).toEqual(["c-217"]);

    // Rows written after the index was trained are searched too.
    const late = randomVectors(1, 7)[0] ?? [];
    await store.upsertChunks([chunk("late", late)]);
    expect((await store.vectorSearch(late, 1))[0]?.chunkId).toBe("late");

    const all = [...vectors, late];
    let found = 0;
    for (const query of randomVectors(20, 99)) {
      const truth = all
        .map((vector, i) => ({ id: i === 600 ? "late" : `c-${i}`, similarity: cosine(query, vector) }))
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, 10);
      const hits = await store.vectorSearch(query, 10);
      found += hits.filter((hit) => truth.some((t) => t.id === hit.chunkId)).length;
      const top = hits[0];
      const truthTop = truth.find((t) => t.id === top?.chunkId);
      // refineFactor re-scores with full vectors, so the reported similarity is exact.
      expect(top?.score).toBeCloseTo(truthTop?.similarity ?? Number.NaN, 4);
    }
    expect(found / 200).toBeGreaterThanOrEqual(0.95);
    expect(await store.countMissingVectors()).toBe(1);
  });

  it("drops the index with the vectors so a new model can start over", async () => {
    const store = await open({ vectorIndexThreshold: 256 });
    await store.upsertChunks(randomVectors(300, 1).map((vector, i) => chunk(`c-${i}`, vector)));
    await store.optimize();
    expect((await store.indexStatus()).vector).toBe(true);
    await store.clearVectors();
    expect(await store.indexStatus()).toEqual({ fullText: true, vector: false });
    await store.setVectors([{ chunkId: "c-0", vector: [1, 0, 0, 0] }]);
    expect((await store.vectorSearch([1, 0, 0, 0], 5)).map((hit) => hit.chunkId)).toEqual(["c-0"]);
  });
});

describe("vector store: two connections to one folder", () => {
  it("a reader sees a writer's rows, vectors and deletions", async () => {
    const writer = await open();
    const reader = await open({ readConsistencyIntervalSeconds: 0 });
    expect(await reader.countChunks()).toBe(0);

    await writer.upsertChunks([chunk("c-1", null), chunk("c-2", null, "doc-b")]);
    expect(await reader.countChunks()).toBe(2);
    expect((await reader.keywordSearch("rivers", 5)).length).toBe(2);

    await writer.setVectors([{ chunkId: "c-1", vector: [1, 0] }]);
    expect((await reader.vectorSearch([1, 0], 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);
    expect(reader.dimension()).toBe(2);

    await writer.deleteDocument("doc-b");
    expect(await reader.countChunks()).toBe(1);
  });

  it("with a one-second interval the reader catches up within about a second", async () => {
    const writer = await open();
    const reader = await open({ readConsistencyIntervalSeconds: 1 });
    await reader.countChunks();
    await writer.upsertChunks([chunk("c-1", null)]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await reader.countChunks()).toBe(1);
  });

  it("creates missing parent folders", async () => {
    const nested = await openVectorStore(path.join(dir, "data", "index"));
    stores.push(nested);
    await nested.upsertChunks([chunk("c-1", null)]);
    expect(await nested.countChunks()).toBe(1);
  });

  it("a second process opening the same folder reuses the table", async () => {
    const first = await open();
    await first.upsertChunks([chunk("c-1", [0, 1])]);
    const second = await open();
    expect(second.dimension()).toBe(2);
    expect(await second.countChunks()).toBe(1);
  });
});
