import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listDocumentChunks } from "@/db/queries/chunks";
import { getDocument } from "@/db/queries/documents";
import { claimNextJob, latestJobsByDocument, releaseCancelledJob } from "@/db/queries/jobs";
import { runWorker } from "@/ingest/worker";
import { uploadDocument } from "@/lib/documents/upload-document";
import { queueApi } from "../support/queue-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { api } from "../support/route-client";

let harness: Harness;
let counter = 0;

/** A distinct Markdown document each call, so uploads are never duplicates of one another. */
async function uploadMarkdown(paragraphs = 3): Promise<string> {
  counter += 1;
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `Paragraph ${i} of note ${counter}: the ward checks oxygen cylinders and signs the log ${i}.`,
  ).join("\n\n");
  const bytes = new TextEncoder().encode(`# Note ${counter}\n\n${body}\n`);
  const uploaded = await uploadDocument(harness.services, { filename: `note-${counter}.md`, bytes });
  return uploaded.id;
}

const CORRUPT_PDF = new TextEncoder().encode(
  "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref\n%%EOF",
);

type State = "queued" | "processing" | "ready" | "failed" | "cancelled";

/** Builds a document in the given state the way the system itself would get there. */
async function documentIn(state: State): Promise<string> {
  if (state === "failed") {
    counter += 1;
    const bytes = new Uint8Array([...CORRUPT_PDF, ...new TextEncoder().encode(`%${counter}`)]);
    const { id } = await uploadDocument(harness.services, { filename: `broken-${counter}.pdf`, bytes });
    await harness.drainQueue();
    return id;
  }
  const id = await uploadMarkdown();
  if (state === "ready") await harness.drainQueue();
  // A job held by a worker elsewhere: what "processing" means to the API.
  if (state === "processing") expect(claimNextJob(harness.services.db, "other-worker")?.documentId).toBe(id);
  if (state === "cancelled") expect((await queueApi.cancel(id)).status).toBe(200);
  return id;
}

async function body(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  harness.fake.reset();
  // Settles what earlier cases left queued or held, so each case's claim gets its own document.
  await harness.drainQueue();
});

describe("POST /api/documents/:id/cancel and /retry", () => {
  it.each<[State, number, number]>([
    ["queued", 200, 409],
    ["processing", 200, 409],
    ["ready", 409, 409],
    ["failed", 409, 202],
    ["cancelled", 409, 202],
  ])("a %s document: cancel answers %i, retry answers %i", async (state, cancelStatus, retryStatus) => {
    const cancelled = await queueApi.cancel(await documentIn(state));
    expect(cancelled.status).toBe(cancelStatus);
    if (cancelStatus === 200) {
      expect(await body(cancelled)).toMatchObject({ status: "failed", errorReason: "cancelled" });
    } else {
      expect(await body(cancelled)).toMatchObject({ error: { code: "CONFLICT" } });
    }

    const retried = await queueApi.retry(await documentIn(state));
    expect(retried.status).toBe(retryStatus);
    if (retryStatus === 202) {
      const view = await body(retried);
      expect(view).toMatchObject({ status: "queued" });
      expect(view.error).toBeUndefined();
      expect(view.errorReason).toBeUndefined();
    } else {
      expect(await body(retried)).toMatchObject({ error: { code: "CONFLICT" } });
    }
  });

  it.each([
    { label: "an unknown id", id: randomUUID(), status: 404, code: "NOT_FOUND" },
    { label: "a malformed id", id: "not-a-uuid", status: 400, code: "BAD_REQUEST" },
  ])("answers $label with $status for both", async ({ id, status, code }) => {
    for (const response of [await queueApi.cancel(id), await queueApi.retry(id)]) {
      expect(response.status).toBe(status);
      expect(await body(response)).toMatchObject({ error: { code } });
    }
  });

  it("cancelling a queued document stops it from ever being processed", async () => {
    const id = await uploadMarkdown();
    expect((await queueApi.cancel(id)).status).toBe(200);
    await harness.drainQueue();
    const view = await body(await api.get(id));
    expect(view).toMatchObject({ status: "failed", errorReason: "cancelled", chunks: 0 });
    expect(view.error).toMatch(/cancelled/i);
  });

  it("a retried document is processed again from its original and ends ready", async () => {
    const id = await uploadMarkdown();
    await queueApi.cancel(id);
    expect((await queueApi.retry(id)).status).toBe(202);
    await harness.drainQueue();
    const view = await body(await api.get(id));
    expect(view).toMatchObject({ status: "ready" });
    expect(view.chunks).toBeGreaterThan(0);
    expect(view.embeddedChunks).toBe(view.chunks);
    expect(latestJobsByDocument(harness.services.db, [id]).get(id)?.status).toBe("done");
  });

  it("a retry waits until the cancelled run has cleaned up", async () => {
    const id = await uploadMarkdown();
    const first = claimNextJob(harness.services.db, "slow-worker");
    expect(first?.documentId).toBe(id);
    expect((await queueApi.cancel(id)).status).toBe(200);
    expect((await queueApi.retry(id)).status).toBe(202);
    // The cancelled run still holds its lock: the new job must not start beside it.
    expect(claimNextJob(harness.services.db, "probe")).toBeUndefined();
    releaseCancelledJob(harness.services.db, first?.id ?? -1);
    await harness.drainQueue();
    expect(getDocument(harness.services.db, id)?.status).toBe("ready");
  });
});

describe("cancelling a document while the worker runs it", () => {
  it("stops the job, removes what it indexed, and frees the document for a retry", async () => {
    const { db, store } = harness.services;
    const id = await uploadMarkdown(40);
    // Slow vectors keep the job in its embed stage, after its chunks reached LanceDB.
    harness.fake.knobs.latencyMs = 1_500;
    const controller = new AbortController();
    const worker = runWorker(harness.services, {
      signal: controller.signal,
      pollMs: 20,
      cancelPollMs: 50,
      workerId: "cancel-test-worker",
    });
    try {
      await expect
        .poll(() => latestJobsByDocument(db, [id]).get(id)?.stage, { timeout: 30_000, interval: 50 })
        .toBe("embed");
      expect(await store.countChunks({ documentIds: [id] })).toBeGreaterThan(0);

      const cancelled = await queueApi.cancel(id);
      expect(cancelled.status).toBe(200);
      expect(await body(cancelled)).toMatchObject({ status: "failed", errorReason: "cancelled" });

      await expect
        .poll(() => latestJobsByDocument(db, [id]).get(id)?.lockedBy, { timeout: 10_000, interval: 50 })
        .toBeNull();
      expect(listDocumentChunks(db, id)).toEqual([]);
      expect(await store.countChunks({ documentIds: [id] })).toBe(0);
      expect(getDocument(db, id)).toMatchObject({
        status: "failed",
        errorReason: "cancelled",
        chunkCount: 0,
      });
    } finally {
      controller.abort();
      await worker;
    }

    harness.fake.knobs.latencyMs = 0;
    expect((await queueApi.retry(id)).status).toBe(202);
    await harness.drainQueue();
    const view = await body(await api.get(id));
    expect(view).toMatchObject({ status: "ready" });
    expect(await store.countChunks({ documentIds: [id] })).toBe(view.chunks);
  });
});

describe("GET /api/queue", () => {
  it("reports counts, recent pages per second and the time left", async () => {
    await harness.drainQueue();
    const idle = await body(await queueApi.status());
    expect(idle.queued).toBe(0);
    expect(idle.processing).toBe(0);
    expect(idle.etaSeconds).toBe(0);
    expect(idle.pagesPerSecond).toBeGreaterThan(0);
    expect(idle.total).toBe(Number(idle.ready) + Number(idle.failed));

    await uploadMarkdown();
    await uploadMarkdown();
    const waiting = await body(await queueApi.status());
    expect(waiting.queued).toBe(2);
    expect(waiting.total).toBe(Number(idle.total) + 2);
    expect(waiting.etaSeconds).toBeGreaterThan(0);
    await harness.drainQueue();
  });
});
