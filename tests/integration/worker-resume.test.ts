import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listDocumentChunks } from "@/db/queries/chunks";
import { getDocument } from "@/db/queries/documents";
import {
  claimNextJob,
  latestJobsByDocument,
  recordJobProgress,
  requeueAbandonedJobs,
} from "@/db/queries/jobs";
import { chunkDocument } from "@/ingest/chunk/chunk-document";
import { extractDocument } from "@/ingest/extract/extract-document";
import { EmbedScheduler } from "@/ingest/pipeline/embed-scheduler";
import { chunkIdFor, processDocument } from "@/ingest/pipeline/process-document";
import type { ExtractFn } from "@/ingest/threads/extract-pool";
import { runWorker } from "@/ingest/worker";
import { uploadDocument } from "@/lib/documents/upload-document";
import { indexDirectory } from "@/lib/runtime/services";
import type { VectorStore } from "@/lib/vector";
import { queueApi } from "../support/queue-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { readIndexRows } from "../support/read-index-rows";

/**
 * Deterministic versions of the crash windows the kill -9 test hits at random: a worker
 * ("dead-worker") runs part of a job and stops at an exact point; a new worker must converge.
 */

let harness: Harness;
let counter = 0;
const DEAD = "dead-worker";

const text = (n: number) =>
  Array.from(
    { length: 30 },
    (_, i) => `Section ${i} of protocol ${n}: nurses record the fluid balance chart ${i} every four hours.`,
  ).join("\n\n");

async function upload(): Promise<{ id: string; bytes: Uint8Array }> {
  counter += 1;
  const bytes = new TextEncoder().encode(`# Protocol ${counter}\n\n${text(counter)}\n`);
  const { id } = await uploadDocument(harness.services, { filename: `protocol-${counter}.md`, bytes });
  return { id, bytes };
}

async function expectedChunkIds(id: string, bytes: Uint8Array): Promise<string[]> {
  return chunkDocument(await extractDocument(bytes, "text/markdown")).map((draft) =>
    chunkIdFor(id, draft.ordinal),
  );
}

/** Thrown where the process would have died; nothing after it runs, as after kill -9. */
class Died extends Error {}

/** Performs the named write, then "dies" before the caller gets to record it anywhere else. */
function dyingAfter(store: VectorStore, method: "upsertChunks" | "setVectors"): VectorStore {
  const die = (done: string) => {
    if (done === method) throw new Died(`died after ${method}`);
  };
  return {
    dimension: () => store.dimension(),
    upsertChunks: async (chunks) => {
      await store.upsertChunks(chunks);
      die("upsertChunks");
    },
    setVectors: async (items) => {
      await store.setVectors(items);
      die("setVectors");
    },
    clearVectors: () => store.clearVectors(),
    resetVectors: (dimension) => store.resetVectors(dimension),
    deleteDocument: (documentId) => store.deleteDocument(documentId),
    countChunks: (filter) => store.countChunks(filter),
    countMissingVectors: () => store.countMissingVectors(),
    keywordSearch: (query, k, filter) => store.keywordSearch(query, k, filter),
    countKeywordMatches: (words, cap, filter) => store.countKeywordMatches(words, cap, filter),
    vectorSearch: (vector, k, filter) => store.vectorSearch(vector, k, filter),
    indexStatus: () => store.indexStatus(),
    optimize: () => store.optimize(),
    close: () => store.close(),
  };
}

/** Runs the claimed job as the dead worker would have, until it "dies". */
async function runUntilDeath(id: string, store: VectorStore): Promise<void> {
  const job = claimNextJob(harness.services.db, DEAD);
  expect(job?.documentId).toBe(id);
  const deps = { ...harness.services, store };
  const controller = new AbortController();
  const embedder = new EmbedScheduler(deps, { batchSize: 32, maxInFlight: 1, pauseAfterFailureMs: 60_000 });
  await processDocument(
    deps,
    id,
    (stage, percent) => {
      recordJobProgress(harness.services.db, job?.id ?? -1, DEAD, stage, percent);
      // Past the index checkpoint with nothing to interrupt: stop while waiting for vectors.
      if (stage === "embed" && store === harness.services.store) controller.abort(new Died("died embedding"));
    },
    { job: { jobId: job?.id ?? -1, workerId: DEAD }, embedder, signal: controller.signal },
  ).catch((error: unknown) => {
    if (!(error instanceof Died)) throw error;
  });
}

async function drain(extract?: ExtractFn): Promise<void> {
  if (!extract) return harness.drainQueue();
  await runWorker(harness.services, {
    exitWhenIdle: true,
    pollMs: 20,
    backfillEveryMs: 0,
    workerId: "test-worker",
    extractPool: { size: 1, extract },
  });
}

async function expectExactlyIndexed(id: string, ids: string[]): Promise<void> {
  const stored = listDocumentChunks(harness.services.db, id);
  expect(stored.map((chunk) => chunk.id)).toEqual(ids);
  expect(stored.every((chunk) => chunk.embeddedWith !== null)).toBe(true);
  const rows = (await readIndexRows(indexDirectory(harness.dataDir))).filter((row) => row.documentId === id);
  expect(rows.map((row) => row.chunkId).sort()).toEqual([...ids].sort());
  expect(rows.every((row) => row.vectorLength !== null)).toBe(true);
  expect(getDocument(harness.services.db, id)).toMatchObject({
    status: "ready",
    chunkCount: ids.length,
    embeddedCount: ids.length,
  });
}

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await harness.drainQueue();
});

describe("resuming after the worker died", () => {
  it("between the LanceDB write and the SQLite bookkeeping: redoes the stage, one copy of each chunk", async () => {
    const { id, bytes } = await upload();
    const ids = await expectedChunkIds(id, bytes);
    // A stray row a different chunking would have left behind must go too.
    await harness.services.store.upsertChunks([
      {
        chunkId: chunkIdFor(id, 999),
        documentId: id,
        collectionId: "default",
        title: "stale",
        text: "stale",
        pageStart: 1,
        pageEnd: 1,
        headingPath: [],
        vector: null,
      },
    ]);
    await runUntilDeath(id, dyingAfter(harness.services.store, "upsertChunks"));
    expect(latestJobsByDocument(harness.services.db, [id]).get(id)).toMatchObject({
      status: "running",
      stage: "index",
    });
    expect(listDocumentChunks(harness.services.db, id)).toEqual([]);

    await drain();
    await expectExactlyIndexed(id, ids);
  });

  it("while embedding, after vectors were stored but not recorded: resumes at embedding without reading again", async () => {
    const { id, bytes } = await upload();
    const ids = await expectedChunkIds(id, bytes);
    await runUntilDeath(id, dyingAfter(harness.services.store, "setVectors"));
    const job = latestJobsByDocument(harness.services.db, [id]).get(id);
    expect(job).toMatchObject({ status: "running", stage: "embed" });
    expect(listDocumentChunks(harness.services.db, id).every((chunk) => chunk.embeddedWith === null)).toBe(
      true,
    );

    let reads = 0;
    await drain(async (fileBytes, mimeType, _signal, onStart) => {
      reads += 1;
      onStart?.();
      return extractDocument(fileBytes, mimeType);
    });
    expect(reads).toBe(0);
    await expectExactlyIndexed(id, ids);
  });

  it("while waiting for vectors: resumes at embedding", async () => {
    const { id, bytes } = await upload();
    const ids = await expectedChunkIds(id, bytes);
    await runUntilDeath(id, harness.services.store);
    expect(latestJobsByDocument(harness.services.db, [id]).get(id)).toMatchObject({ stage: "embed" });
    await drain();
    await expectExactlyIndexed(id, ids);
  });

  it("holding a job that was cancelled meanwhile: removes what it indexed and releases the job", async () => {
    const { id } = await upload();
    await runUntilDeath(id, harness.services.store);
    expect(await harness.services.store.countChunks({ documentIds: [id] })).toBeGreaterThan(0);
    expect((await queueApi.cancel(id)).status).toBe(200);

    await drain();
    expect(latestJobsByDocument(harness.services.db, [id]).get(id)).toMatchObject({
      status: "cancelled",
      lockedBy: null,
    });
    expect(listDocumentChunks(harness.services.db, id)).toEqual([]);
    expect(await harness.services.store.countChunks({ documentIds: [id] })).toBe(0);
    expect(getDocument(harness.services.db, id)).toMatchObject({
      status: "failed",
      errorReason: "cancelled",
    });
  });

  it("every time it read the same file: sets the file aside instead of looping forever", async () => {
    const { id } = await upload();
    for (let death = 0; death < 11; death++) {
      const job = claimNextJob(harness.services.db, DEAD);
      expect(job?.documentId).toBe(id);
      recordJobProgress(harness.services.db, job?.id ?? -1, DEAD, "extract", 10);
      requeueAbandonedJobs(harness.services.db, "next-worker");
    }
    await drain();
    expect(getDocument(harness.services.db, id)).toMatchObject({ status: "failed", errorReason: "internal" });
    expect(getDocument(harness.services.db, id)?.error).toMatch(/stopped each time it read this file/);
  });

  it("while indexing or embedding: the restart does not count against the file", async () => {
    const { id } = await upload();
    for (let death = 0; death < 12; death++) {
      const job = claimNextJob(harness.services.db, DEAD);
      recordJobProgress(harness.services.db, job?.id ?? -1, DEAD, "index", 55);
      requeueAbandonedJobs(harness.services.db, "next-worker");
    }
    expect(latestJobsByDocument(harness.services.db, [id]).get(id)?.attempts).toBe(0);
    await drain();
    expect(getDocument(harness.services.db, id)).toMatchObject({ status: "ready" });
  });
});
