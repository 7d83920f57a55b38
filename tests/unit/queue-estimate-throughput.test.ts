import { describe, expect, it } from "vitest";
import {
  averagePages,
  estimateSecondsLeft,
  pagesPerSecond,
  THROUGHPUT_WINDOW_MS,
  type TimedRun,
} from "@/lib/documents/estimate-throughput";

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
const run = (start: number, finish: number, pages: number): TimedRun => ({
  startedAt: at(start),
  finishedAt: at(finish),
  pages,
});

describe("pagesPerSecond", () => {
  it("is null before anything has finished, or when nothing had pages", () => {
    expect(pagesPerSecond([])).toBeNull();
    expect(pagesPerSecond([run(0, 5, 0)])).toBeNull();
  });

  it("counts overlapping jobs once, over the wall-clock span they covered", () => {
    // Two jobs side by side: 20 pages in 10 s, not the 4 pages/s their own rates would add up to.
    expect(pagesPerSecond([run(0, 10, 10), run(0, 10, 10)])).toBe(2);
    expect(pagesPerSecond([run(0, 5, 10), run(5, 10, 10)])).toBe(2);
  });

  it("ignores runs long before the newest one", () => {
    const old = run(0, 10, 1);
    const recentStart = THROUGHPUT_WINDOW_MS / 1000 + 3600;
    expect(pagesPerSecond([old, run(recentStart, recentStart + 4, 40)])).toBe(10);
  });

  it("never divides by less than a second", () => {
    expect(pagesPerSecond([run(0, 0, 3)])).toBe(3);
  });
});

describe("averagePages and estimateSecondsLeft", () => {
  it("averages pages per document, at least one", () => {
    expect(averagePages([])).toBe(1);
    expect(averagePages([run(0, 1, 10), run(1, 2, 30)])).toBe(20);
    expect(averagePages([run(0, 1, 0)])).toBe(1);
  });

  it("is 0 with nothing left, unknown without a rate, and rounds up", () => {
    expect(estimateSecondsLeft(0, null)).toBe(0);
    expect(estimateSecondsLeft(10, null)).toBeNull();
    expect(estimateSecondsLeft(10, 3)).toBe(4);
  });
});
