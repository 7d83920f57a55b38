import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDocuments } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { uploadDocument } from "@/lib/documents/upload-document";
import { type Harness, startHarness } from "../support/quire-harness";

let harness: Harness;

const DOCUMENTS = 6;

/** About 45 chunks: more than one embedding batch, and not a multiple of one. */
function longNote(n: number): Uint8Array {
  const sections = Array.from(
    { length: 300 },
    (_, i) =>
      `## Ward ${n}.${i}\n\nOn ward ${n} bay ${i} the nurse in charge checks the controlled drugs register, ` +
      `counts the stock of item ${i}, records the fridge temperature, and signs the shift handover sheet ` +
      `before the night team arrives; discrepancies in bay ${i} go to the pharmacist on call.`,
  );
  return new TextEncoder().encode(`# Ward handbook ${n}\n\n${sections.join("\n\n")}\n`);
}

interface EmbedBody {
  input: string[];
}

beforeAll(async () => {
  harness = await startHarness({ QUIRE_EMBED_BATCH: "32" });
  harness.fake.knobs.latencyMs = 120;
  for (let n = 0; n < DOCUMENTS; n++) {
    await uploadDocument(harness.services, { filename: `ward-${n}.md`, bytes: longNote(n) });
  }
  await harness.drainQueue();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("the worker runs jobs side by side", () => {
  it("ingests every document to ready with all its vectors", () => {
    const documents = listDocuments(harness.services.db);
    expect(documents).toHaveLength(DOCUMENTS);
    for (const document of documents) {
      expect(document.status).toBe("ready");
      expect(document.chunkCount).toBeGreaterThan(32);
      expect(document.embeddedCount).toBe(document.chunkCount);
    }
  });

  it("processes several documents at once", () => {
    const ids = listDocuments(harness.services.db).map((document) => document.id);
    const runs = [...latestJobsByDocument(harness.services.db, ids).values()].map((job) => ({
      start: job.startedAt?.getTime() ?? 0,
      end: job.finishedAt?.getTime() ?? 0,
    }));
    const overlapping = runs.some((a, i) =>
      runs.some((b, j) => i !== j && a.start < b.end && b.start < a.end),
    );
    expect(overlapping).toBe(true);
  });

  it("keeps at most two embedding calls in flight, and uses both", () => {
    expect(harness.fake.counters.maxInFlight).toBe(2);
  });

  it("fills embedding batches across documents", () => {
    const batches = harness.fake.requests
      .filter((request) => request.path === "/api/embed")
      .map((request) => (request.body as EmbedBody).input);
    expect(batches.every((batch) => batch.length <= 32)).toBe(true);
    const documentsIn = (batch: string[]) =>
      new Set(batch.map((input) => /ward-(\d+)/.exec(input)?.[1] ?? "?")).size;
    expect(batches.some((batch) => documentsIn(batch) > 1)).toBe(true);
    // Nothing was embedded twice.
    const inputs = batches.flat();
    expect(new Set(inputs).size).toBe(inputs.length);
  });
});
