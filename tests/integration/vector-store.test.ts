import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IndexedChunk } from "@/lib/domain/types";
import { AppError } from "@/lib/errors/app-error";
import { openVectorStore, type VectorStore } from "@/lib/vector";

function chunk(chunkId: string, text: string, overrides: Partial<IndexedChunk> = {}): IndexedChunk {
  return {
    chunkId,
    documentId: "doc-a",
    collectionId: "col-1",
    title: "Field guide",
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: ["Intro"],
    vector: null,
    ...overrides,
  };
}

let dir: string;
let store: VectorStore;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-vector-"));
  store = await openVectorStore(dir);
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("vector store: rows", () => {
  it("starts empty, with a full-text index and no vector column", async () => {
    expect(store.dimension()).toBeNull();
    expect(await store.countChunks()).toBe(0);
    expect(await store.indexStatus()).toEqual({ fullText: true, vector: false });
    expect(await store.keywordSearch("anything", 5)).toEqual([]);
    expect(await store.vectorSearch([1, 0, 0], 5)).toEqual([]);
  });

  it("upserts idempotently on chunkId and keeps every field", async () => {
    const original = chunk("c-1", "Aspirin is a common treatment.", {
      pageStart: 3,
      pageEnd: 4,
      headingPath: ["Drugs", "Aspirin's uses"],
    });
    await store.upsertChunks([original]);
    await store.upsertChunks([original]);
    await store.upsertChunks([{ ...original, text: "Aspirin thins the blood." }]);
    expect(await store.countChunks()).toBe(1);

    const [hit] = await store.keywordSearch("blood", 5);
    expect(hit).toMatchObject({
      chunkId: "c-1",
      documentId: "doc-a",
      collectionId: "col-1",
      title: "Field guide",
      text: "Aspirin thins the blood.",
      pageStart: 3,
      pageEnd: 4,
      headingPath: ["Drugs", "Aspirin's uses"],
    });
    expect(hit?.score).toBeGreaterThan(0);
  });

  it("keeps a chunk's location label and OCR mark, and reads their absence as none", async () => {
    await store.upsertChunks([
      chunk("c-1", "granite slide", { pageLabel: "Slide 2", ocr: true }),
      chunk("c-2", "granite page"),
    ]);
    const hits = await store.keywordSearch("granite", 5);
    const byId = new Map(hits.map((hit) => [hit.chunkId, hit]));
    expect(byId.get("c-1")).toMatchObject({ pageLabel: "Slide 2", ocr: true });
    expect(byId.get("c-2")?.ocr).toBe(false);
    expect(byId.get("c-2")).not.toHaveProperty("pageLabel");
  });

  it("keeps the last of duplicate chunkIds within one batch", async () => {
    await store.upsertChunks([chunk("c-1", "first"), chunk("c-1", "second")]);
    expect(await store.countChunks()).toBe(1);
    expect((await store.keywordSearch("second", 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);
  });

  it("deletes every chunk of a document and nothing else", async () => {
    await store.upsertChunks([
      chunk("c-1", "alpha"),
      chunk("c-2", "alpha beta"),
      chunk("c-3", "alpha", { documentId: "doc-b" }),
    ]);
    await store.deleteDocument("doc-a");
    expect(await store.countChunks()).toBe(1);
    expect((await store.keywordSearch("alpha", 5)).map((hit) => hit.chunkId)).toEqual(["c-3"]);
  });

  it("accepts the ids the ingest pipeline produces", async () => {
    const documentId = "3f2b9c1e-8a4d-4e2f-9b6a-1c2d3e4f5a6b";
    await store.upsertChunks([chunk(`${documentId}:0`, "uuid ids", { documentId, collectionId: "default" })]);
    expect(await store.countChunks({ documentIds: [documentId], collectionIds: ["default"] })).toBe(1);
    await store.deleteDocument(documentId);
    expect(await store.countChunks()).toBe(0);
  });

  it("rejects ids that could escape a where string", async () => {
    await expect(store.deleteDocument("x' OR '1'='1")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(store.upsertChunks([chunk("c'1", "text")])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(store.countChunks({ documentIds: ["a) OR (1=1"] })).rejects.toBeInstanceOf(AppError);
  });
});

describe("vector store: keyword search", () => {
  it("matches stemmed words and ranks by how many query terms a chunk has", async () => {
    await store.upsertChunks([
      chunk("c-1", "The treatment of chronic migraine."),
      chunk("c-2", "Cats are lovely animals."),
      chunk("c-3", "Migraine treatments for cats."),
    ]);
    const treatments = await store.keywordSearch("treatments", 5);
    expect(treatments.map((hit) => hit.chunkId).sort()).toEqual(["c-1", "c-3"]);

    const either = await store.keywordSearch("cat migraine treated", 5);
    expect(either[0]?.chunkId).toBe("c-3");
    expect(either.map((hit) => hit.chunkId).sort()).toEqual(["c-1", "c-2", "c-3"]);
  });

  it("ranks a chunk under a matching heading higher, but never returns a heading-only match", async () => {
    await store.upsertChunks([
      chunk("c-plain", "Dosage of aspirin for adults.", { headingPath: ["Appendix"] }),
      chunk("c-titled", "Dosage of aspirin for adults.", { headingPath: ["Aspirin dosage"] }),
      chunk("c-heading-only", "Take it with water.", { headingPath: ["Aspirin dosage"] }),
    ]);
    const found = await store.keywordSearch("aspirin dosage", 5);
    expect(found.map((hit) => hit.chunkId)).toEqual(["c-titled", "c-plain"]);
    expect(found[0]?.score).toBeGreaterThan(found[1]?.score ?? Infinity);
  });

  it("finds chunks by expansion words, weighted below the query's own words", async () => {
    await store.upsertChunks([
      chunk("c-query", "Statins lower cholesterol."),
      chunk("c-expansion", "Lipid levels fall with diet."),
      chunk("c-none", "Knee surgery recovery."),
    ]);
    const found = await store.keywordSearch(
      { text: "cholesterol", expansions: [{ term: "lipid", weight: 0.2 }] },
      5,
    );
    expect(found.map((hit) => hit.chunkId)).toEqual(["c-query", "c-expansion"]);
    const withoutExpansion = await store.keywordSearch({ text: "cholesterol" }, 5);
    expect(withoutExpansion.map((hit) => hit.chunkId)).toEqual(["c-query"]);
  });

  it("finds rows written after the index was built, before and after optimize", async () => {
    await store.upsertChunks([chunk("c-1", "granite quarry")]);
    await store.optimize();
    await store.upsertChunks([chunk("c-2", "basalt columns")]);
    expect((await store.keywordSearch("basalt", 5)).map((hit) => hit.chunkId)).toEqual(["c-2"]);
    await store.setVectors([{ chunkId: "c-1", vector: [1, 0] }]);
    expect((await store.keywordSearch("granite", 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);
    await store.optimize();
    expect((await store.keywordSearch("basalt granite", 5)).map((hit) => hit.chunkId).sort()).toEqual([
      "c-1",
      "c-2",
    ]);
  });

  it("never throws on hostile or empty queries", async () => {
    await store.upsertChunks([chunk("c-1", 'Cats: the (complete) guide to "feline" care')]);
    const hostile = [
      "",
      "   ",
      '"unbalanced',
      "text:cats",
      "(cats",
      "cats AND",
      "NOT OR AND",
      "the of and a",
      "a:b:(c) \"d\" 'e' -f +g *h? ~i^2 [j TO k] {l} \\ /",
      "'; DROP TABLE chunks; --",
      "\u0000\u202e",
      "x".repeat(5000),
    ];
    for (const query of hostile) {
      await expect(store.keywordSearch(query, 5)).resolves.toBeInstanceOf(Array);
    }
    expect((await store.keywordSearch("(cats)", 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);
    expect((await store.keywordSearch('"feline:care"', 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);
  });

  it("prefilters by document and collection, even when other documents rank higher", async () => {
    const crowd = Array.from({ length: 40 }, (_, i) => chunk(`a-${i}`, "apple apple apple orchard"));
    await store.upsertChunks([
      ...crowd,
      chunk("b-1", "one apple among many other words here", { documentId: "doc-b", collectionId: "col-2" }),
    ]);
    // Once scanning unindexed rows, once through the built index.
    for (const phase of ["before optimize", "after optimize"]) {
      if (phase === "after optimize") await store.optimize();
      const byDocument = await store.keywordSearch("apple", 3, { documentIds: ["doc-b"] });
      expect(byDocument.map((hit) => hit.chunkId)).toEqual(["b-1"]);
      const byCollection = await store.keywordSearch("apple", 3, { collectionIds: ["col-2"] });
      expect(byCollection.map((hit) => hit.chunkId)).toEqual(["b-1"]);
      const excluded = await store.keywordSearch("apple", 50, { excludeDocumentIds: ["doc-a"] });
      expect(excluded.map((hit) => hit.chunkId)).toEqual(["b-1"]);
      expect(await store.keywordSearch("apple", 3, { documentIds: [] })).toEqual([]);
    }
    expect(await store.countChunks({ collectionIds: ["col-1"] })).toBe(40);
    expect(await store.countChunks({ documentIds: [] })).toBe(0);
  });
});

describe("vector store: vectors", () => {
  it("keeps null-vector rows keyword-searchable and fills vectors in later", async () => {
    await store.upsertChunks([chunk("c-1", "north star"), chunk("c-2", "south pole")]);
    expect(await store.countMissingVectors()).toBe(2);
    expect(await store.vectorSearch([1, 0, 0], 5)).toEqual([]);

    await store.setVectors([{ chunkId: "c-1", vector: [1, 0, 0] }]);
    expect(store.dimension()).toBe(3);
    expect(await store.countMissingVectors()).toBe(1);
    const nearest = await store.vectorSearch([1, 0.1, 0], 5);
    expect(nearest.map((hit) => hit.chunkId)).toEqual(["c-1"]);
    expect(nearest[0]?.score).toBeCloseTo(1 / Math.sqrt(1.01), 5);
    expect((await store.keywordSearch("south", 5)).map((hit) => hit.chunkId)).toEqual(["c-2"]);

    await store.setVectors([{ chunkId: "c-2", vector: [0, 1, 0] }]);
    expect((await store.vectorSearch([0, 1, 0], 1)).map((hit) => hit.chunkId)).toEqual(["c-2"]);
    expect(await store.countMissingVectors()).toBe(0);
  });

  it("accepts vectors on upsert and prefilters vector search", async () => {
    await store.upsertChunks([
      chunk("c-1", "a", { vector: [1, 0] }),
      chunk("c-2", "b", { vector: [0.9, 0.1], documentId: "doc-b" }),
      chunk("c-3", "c", { vector: null }),
    ]);
    expect(store.dimension()).toBe(2);
    const filtered = await store.vectorSearch([1, 0], 5, { documentIds: ["doc-b"] });
    expect(filtered.map((hit) => hit.chunkId)).toEqual(["c-2"]);
    expect(await store.vectorSearch([0, 0], 5)).toEqual([]);
  });

  it("rejects a vector of another dimension with CONFLICT until the vectors are reset", async () => {
    await store.upsertChunks([chunk("c-1", "text")]);
    await store.setVectors([{ chunkId: "c-1", vector: [1, 0, 0] }]);
    const mismatch = store.setVectors([{ chunkId: "c-1", vector: [1, 0] }]);
    await expect(mismatch).rejects.toMatchObject({ code: "CONFLICT", details: { expected: 3, actual: 2 } });
    await expect(store.vectorSearch([1, 0], 5)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(store.upsertChunks([chunk("c-2", "x", { vector: [1, 0] })])).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await store.resetVectors(2);
    expect(store.dimension()).toBe(2);
    expect(await store.countMissingVectors()).toBe(1);
    await store.setVectors([{ chunkId: "c-1", vector: [0, 1] }]);
    expect((await store.vectorSearch([0, 1], 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);

    await store.clearVectors();
    expect(store.dimension()).toBeNull();
    expect(await store.countMissingVectors()).toBe(1);
    expect((await store.keywordSearch("text", 5)).map((hit) => hit.chunkId)).toEqual(["c-1"]);
  });

  it("rejects non-finite vectors", async () => {
    await store.upsertChunks([chunk("c-1", "text")]);
    await expect(store.setVectors([{ chunkId: "c-1", vector: [1, Number.NaN] }])).rejects.toMatchObject({
      code: "UNPROCESSABLE",
    });
    expect(store.dimension()).toBeNull();
  });
});
