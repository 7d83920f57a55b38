import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { ExtractPool } from "@/ingest/threads/extract-pool";
import { runWorker } from "@/ingest/worker";
import { uploadDocument } from "@/lib/documents/upload-document";
import { type Harness, startHarness } from "../support/quire-harness";

/** Reads files with the real readers, except those starting HANG, BOMB or CRASH (see the module). */
const HOSTILE_THREAD = new URL("../support/hostile-extract-thread.ts", import.meta.url);

let harness: Harness;

async function upload(name: string, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return (await uploadDocument(harness.services, { filename: name, bytes })).id;
}

async function drainWith(pool: ExtractPool): Promise<void> {
  try {
    await runWorker(harness.services, {
      exitWhenIdle: true,
      pollMs: 20,
      backfillEveryMs: 0,
      workerId: "hostile-test-worker",
      extractPool: pool,
    });
  } finally {
    await pool.close();
  }
}

const HEALTHY = "# Fire drill\n\nThe fire drill takes place on the first Monday of every month at 10 am.\n";

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("hostile files", () => {
  it("a file that never finishes fails as timed_out and the next file is still read", async () => {
    const hanging = await upload("endless.txt", "HANG an endless content stream");
    const healthy = await upload("fire-drill.md", HEALTHY);
    // One thread: the healthy file can only be read once the hanging one's thread is replaced.
    await drainWith(
      new ExtractPool({ size: 1, timeoutMs: 1_500, memoryMb: 512, threadModule: HOSTILE_THREAD }),
    );

    expect(getDocument(harness.services.db, hanging)).toMatchObject({
      status: "failed",
      errorReason: "timed_out",
      chunkCount: 0,
    });
    expect(getDocument(harness.services.db, hanging)?.error).toMatch(/longer than the 2 s allowed/);
    expect(getDocument(harness.services.db, healthy)).toMatchObject({ status: "ready", errorReason: null });
    expect(await harness.services.store.countChunks({ documentIds: [hanging] })).toBe(0);
    // A file that timed out is not retried: it would time out again.
    expect(latestJobsByDocument(harness.services.db, [hanging]).get(hanging)).toMatchObject({
      status: "failed",
      attempts: 1,
    });
  });

  it("a reader crash fails as internal, without stopping the worker", async () => {
    const crash = await upload("crash.txt", "CRASH trips a reader bug");
    const healthy = await upload("fire-drill-2.md", `${HEALTHY}\nAssemble at the car park.\n`);
    await drainWith(
      new ExtractPool({ size: 2, timeoutMs: 90_000, memoryMb: 512, threadModule: HOSTILE_THREAD }),
    );
    expect(getDocument(harness.services.db, crash)).toMatchObject({
      status: "failed",
      errorReason: "internal",
    });
    expect(getDocument(harness.services.db, crash)?.error).toMatch(/reader stopped unexpectedly/);
    expect(getDocument(harness.services.db, healthy)).toMatchObject({ status: "ready" });
  });

  // Opt-in: Node can abort the whole process when a worker thread hits its heap limit
  // (nodejs/node#47224). In production the launcher restarts the worker and the
  // crash-loop guard fails the file; inside a vitest fork the abort kills the test run.
  it.runIf(process.env.QUIRE_TEST_THREAD_OOM === "1")(
    "a decompression bomb fails as too_large without stopping the worker",
    async () => {
      const bomb = await upload("bomb.txt", "BOMB expands without bound");
      const healthy = await upload("fire-drill-3.md", `${HEALTHY}\nAssemble at the gate.\n`);
      await drainWith(
        new ExtractPool({ size: 2, timeoutMs: 90_000, memoryMb: 256, threadModule: HOSTILE_THREAD }),
      );
      expect(getDocument(harness.services.db, bomb)).toMatchObject({
        status: "failed",
        errorReason: "too_large",
      });
      expect(getDocument(harness.services.db, bomb)?.error).toMatch(/more than the 256 MB/);
      expect(getDocument(harness.services.db, healthy)).toMatchObject({ status: "ready" });
    },
  );
});
