import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { allCollections } from "@/lib/access/read-scope";
import type { IndexedChunk } from "@/lib/domain/types";
import { type EmbedQuery, retrieve } from "@/lib/retrieval/retrieve";
import { openVectorStore, type VectorStore } from "@/lib/vector";

const DIMENSION = 256;
const STOP = new Set(["a", "and", "the", "is", "i", "do", "how", "my", "for", "your", "of"]);
/** Stands in for what a real model knows and BM25 does not: these words mean the same. */
const SYNONYMS: Record<string, string> = {
  automobile: "car",
  vehicle: "car",
  repair: "fix",
  fixing: "fix",
};

/** Bag-of-words hashed into a fixed-size vector: deterministic and good enough to rank. */
function embed(text: string): number[] {
  const vector = new Array<number>(DIMENSION).fill(0);
  for (const raw of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (STOP.has(raw)) continue;
    const word = SYNONYMS[raw] ?? raw;
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
    const bucket = (hash >>> 0) % DIMENSION;
    vector[bucket] = (vector[bucket] ?? 0) + 1;
  }
  return vector;
}

const embedQuery: EmbedQuery = async (query) => embed(query);

const TEXTS: Record<string, string> = {
  // Matches both query words literally, but is about something else.
  decoy: "Car wash hours: the car wash is open daily; fix the car wash token.",
  // The answer: found by keywords only through "fixing", by meaning through synonyms.
  right: "Automobile engine repair: fixing a broken vehicle.",
  schedule: "Vehicle maintenance and repair schedule.",
  unrelated: "Tomatoes grow best in full sun.",
};

function chunk(chunkId: string, withVector: boolean, documentId = "doc-a"): IndexedChunk {
  const text = TEXTS[chunkId] ?? "";
  return {
    chunkId,
    documentId,
    collectionId: "col-1",
    title: "Handbook",
    text,
    pageStart: 2,
    pageEnd: 2,
    headingPath: ["Cars"],
    vector: withVector ? embed(text) : null,
  };
}

const ALL = allCollections();

let dir: string;
let store: VectorStore;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-retrieval-"));
  store = await openVectorStore(dir);
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function seed(withVectors = true): Promise<void> {
  await store.upsertChunks(Object.keys(TEXTS).map((id) => chunk(id, withVectors)));
}

describe("retrieve", () => {
  it("hybrid search ranks the chunk that means the query first", async () => {
    await seed();
    const result = await retrieve({ store, embedQuery }, { query: "How do I fix my car?", k: 3, scope: ALL });
    expect(result.mode).toBe("hybrid");
    expect(result.vectorError).toBeUndefined();
    expect(result.hits.map((hit) => hit.chunkId)).toEqual(["right", "decoy", "schedule"]);

    const [top, second, third] = result.hits;
    expect(top).toMatchObject({ documentId: "doc-a", pageStart: 2, headingPath: ["Cars"], keywordRank: 1 });
    expect(top?.similarity).toBeGreaterThan(0.8);
    expect(second?.keywordRank).toBe(0);
    expect(third?.keywordRank).toBeUndefined();
    expect(top?.score).toBeCloseTo(1 / 62 + 1 / 61, 10);
  });

  it("keyword search alone is fooled by the literal match", async () => {
    await seed();
    const result = await retrieve(
      { store, embedQuery: null },
      { query: "How do I fix my car?", k: 3, scope: ALL },
    );
    expect(result.mode).toBe("keyword");
    expect(result.vectorError).toMatch(/no embedding model/i);
    expect(result.hits.map((hit) => hit.chunkId)).toEqual(["decoy", "right"]);
    expect(result.hits[0]?.score).toBeGreaterThan(result.hits[1]?.score ?? Number.POSITIVE_INFINITY);
    expect(result.hits.every((hit) => hit.similarity === undefined)).toBe(true);
  });

  it("falls back to keywords, saying why, when the model host is down", async () => {
    await seed();
    const down: EmbedQuery = async () => {
      throw new Error("connect ECONNREFUSED 10.0.0.5:11434");
    };
    const result = await retrieve({ store, embedQuery: down }, { query: "fix car", k: 5, scope: ALL });
    expect(result.mode).toBe("keyword");
    expect(result.vectorError).toContain("ECONNREFUSED");
    expect(result.hits[0]?.chunkId).toBe("decoy");
  });

  it("falls back to keywords when the query vector has another dimension", async () => {
    await seed();
    const otherModel: EmbedQuery = async () => [1, 0, 0];
    const result = await retrieve({ store, embedQuery: otherModel }, { query: "fix car", k: 5, scope: ALL });
    expect(result.mode).toBe("keyword");
    expect(result.vectorError).toMatch(/3 dimensions.*256/);
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it("does not call the model before any chunk has a vector", async () => {
    await seed(false);
    const spy = vi.fn(embedQuery);
    const result = await retrieve({ store, embedQuery: spy }, { query: "fix car", k: 5, scope: ALL });
    expect(spy).not.toHaveBeenCalled();
    expect(result.mode).toBe("keyword");
    expect(result.vectorError).toMatch(/no document has been embedded/i);
  });

  it("returns chunks still waiting for a vector through the keyword list", async () => {
    await store.upsertChunks([chunk("right", true), chunk("decoy", false), chunk("unrelated", true)]);
    const result = await retrieve({ store, embedQuery }, { query: "fix car", k: 5, scope: ALL });
    expect(result.mode).toBe("hybrid");
    const decoy = result.hits.find((hit) => hit.chunkId === "decoy");
    expect(decoy?.keywordRank).toBe(0);
    expect(decoy?.similarity).toBeUndefined();
  });

  it("applies the filter to both lists and honours k", async () => {
    await store.upsertChunks([chunk("right", true, "doc-b"), chunk("decoy", true), chunk("schedule", true)]);
    const filtered = await retrieve(
      { store, embedQuery },
      { query: "fix car", k: 5, scope: ALL, filter: { documentIds: ["doc-b"] } },
    );
    expect(filtered.hits.map((hit) => hit.chunkId)).toEqual(["right"]);
    const one = await retrieve({ store, embedQuery }, { query: "fix car", k: 1, scope: ALL });
    expect(one.hits).toHaveLength(1);
  });

  it("stops when the caller aborts instead of falling back", async () => {
    await seed();
    const controller = new AbortController();
    const slow: EmbedQuery = (_query, signal) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener("abort", () => reject(signal.reason));
        controller.abort(new Error("client went away"));
      });
    const request = { query: "fix car", k: 3, scope: ALL, signal: controller.signal };
    await expect(retrieve({ store, embedQuery: slow }, request)).rejects.toThrow("client went away");
    await expect(retrieve({ store, embedQuery }, request)).rejects.toThrow("client went away");
  });
});
