import { describe, expect, it } from "vitest";
import type { ImportBatchView } from "@/lib/imports/batch/import-batch-view";
import { type BatchSnapshot, computeImportProgress } from "@/lib/imports/progress/compute-import-progress";
import { formatDuration } from "@/lib/imports/progress/format-duration";
import { formatProgressLine } from "@/lib/imports/progress/format-progress-line";

const START = new Date("2025-01-01T00:00:00Z");
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

function snapshot(patch: Partial<BatchSnapshot>): BatchSnapshot {
  return { total: 10, skipped: 0, createdAt: START, finishedAt: null, byStatus: {}, ...patch };
}

describe("computeImportProgress", () => {
  it("has no ETA before anything has finished", () => {
    const progress = computeImportProgress(
      snapshot({ byStatus: { queued: { count: 10, bytes: 1000, pages: 0 } } }),
      at(30),
    );
    expect(progress).toMatchObject({ etaSeconds: null, finished: false, pagesPerSecond: 0 });
    expect(progress.counts).toEqual({ queued: 10, processing: 0, ready: 0, failed: 0 });
  });

  it("extrapolates the bytes still to do at the rate of bytes done so far", () => {
    const progress = computeImportProgress(
      snapshot({
        byStatus: {
          ready: { count: 4, bytes: 400, pages: 20 },
          failed: { count: 1, bytes: 100, pages: 0 },
          queued: { count: 5, bytes: 1000, pages: 0 },
        },
      }),
      at(50),
    );
    // 500 bytes in 50 s = 10 B/s; 1000 bytes left.
    expect(progress.etaSeconds).toBe(100);
    expect(progress.pagesPerSecond).toBe(0.4);
  });

  it("counts files not yet stored at the average stored size", () => {
    const progress = computeImportProgress(
      snapshot({
        total: 10,
        skipped: 2,
        byStatus: { ready: { count: 2, bytes: 200, pages: 2 }, queued: { count: 2, bytes: 200, pages: 0 } },
      }),
      at(20),
    );
    // Stored 4 (avg 100 B), skipped 2, so 4 still to come: 200 queued + 400 expected = 600 B at 10 B/s.
    expect(progress.notStored).toBe(4);
    expect(progress.etaSeconds).toBe(60);
    expect(progress.finished).toBe(false);
  });

  it("is finished when every file is stored or skipped and nothing is active", () => {
    const progress = computeImportProgress(
      snapshot({
        total: 5,
        skipped: 2,
        byStatus: { ready: { count: 2, bytes: 10, pages: 3 }, failed: { count: 1, bytes: 5, pages: 0 } },
      }),
      at(3),
    );
    expect(progress).toMatchObject({ finished: true, etaSeconds: 0, notStored: 0, pagesPerSecond: 1 });
  });

  it("freezes throughput at the moment the batch finished", () => {
    const finished = snapshot({
      total: 1,
      finishedAt: at(10),
      byStatus: { ready: { count: 1, bytes: 10, pages: 20 } },
    });
    expect(computeImportProgress(finished, at(10)).pagesPerSecond).toBe(2);
    expect(computeImportProgress(finished, at(5000)).pagesPerSecond).toBe(2);
  });

  it("does not report a rate in the first second", () => {
    const progress = computeImportProgress(
      snapshot({
        byStatus: { ready: { count: 1, bytes: 10, pages: 5 }, queued: { count: 9, bytes: 90, pages: 0 } },
      }),
      at(0.5),
    );
    expect(progress).toMatchObject({ pagesPerSecond: 0, etaSeconds: null });
  });

  it("never reports files as missing when more arrived than announced", () => {
    const progress = computeImportProgress(
      snapshot({ total: 1, byStatus: { ready: { count: 3, bytes: 30, pages: 3 } } }),
      at(10),
    );
    expect(progress).toMatchObject({ notStored: 0, finished: true });
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [45.4, "45s"],
    [60, "1m 00s"],
    [185, "3m 05s"],
    [7620, "2h 07m"],
    [-3, "0s"],
  ])("%s s -> %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("formatProgressLine", () => {
  const view: ImportBatchView = {
    id: "b",
    label: "corpus",
    origin: "cli",
    total: 1000,
    skipped: 10,
    counts: { queued: 500, processing: 1, ready: 480, failed: 9 },
    pagesPerSecond: 25.25,
    etaSeconds: 42,
    finished: false,
    createdAt: START.toISOString(),
    finishedAt: null,
  };

  it("shows settled files, stored files, counts, pages per second and ETA", () => {
    const line = formatProgressLine(view, 1000);
    expect(line).toContain("499/1000");
    expect(line).toContain("stored 1000/1000");
    expect(line).toContain("ready 480 · failed 9 · queued 501");
    expect(line).toContain("25.3 pages/s");
    expect(line).toContain("ETA 42s");
    expect(line.startsWith("[###########")).toBe(true);
  });

  it("says when the ETA is unknown and when the import is done", () => {
    expect(formatProgressLine({ ...view, etaSeconds: null }, 10)).toContain("ETA --");
    expect(formatProgressLine({ ...view, finished: true, etaSeconds: 0 }, 1000)).toMatch(/done$/);
  });
});
