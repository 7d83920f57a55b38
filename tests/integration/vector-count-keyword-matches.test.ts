import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IndexedChunk } from "@/lib/domain/types";
import { openVectorStore, type VectorStore } from "@/lib/vector";

function chunk(chunkId: string, collectionId: string, text: string): IndexedChunk {
  return {
    chunkId,
    documentId: `doc-${chunkId}`,
    collectionId,
    title: "Notes",
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    vector: null,
  };
}

let dir: string;
let store: VectorStore;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-count-"));
  store = await openVectorStore(dir);
  await store.upsertChunks([
    chunk("a1", "col-a", "Aspirin thins the blood."),
    chunk("a2", "col-a", "Blood pressure rises with age."),
    chunk("b1", "col-b", "Metformin and aspirin in the secret trial."),
    chunk("b2", "col-b", "Blood tests for the secret trial."),
  ]);
  await store.optimize();
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("countKeywordMatches", () => {
  it.each([
    { name: "whole index", filter: undefined, expected: [2, 3, 1, 0] },
    {
      name: "one collection: the other's words count nothing",
      filter: { collectionIds: ["col-a"] },
      expected: [1, 2, 0, 0],
    },
    { name: "no readable collection", filter: { collectionIds: [] }, expected: [0, 0, 0, 0] },
  ])("$name", async ({ filter, expected }) => {
    expect(await store.countKeywordMatches(["aspirin", "blood", "metformin", "zebra"], 100, filter)).toEqual(
      expected,
    );
  });

  it("stops counting at the cap, and counts a word of no letters as absent", async () => {
    expect(await store.countKeywordMatches(["blood", "!!"], 2)).toEqual([2, 0]);
  });
});
