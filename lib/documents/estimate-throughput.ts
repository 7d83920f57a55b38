export interface TimedRun {
  startedAt: Date;
  finishedAt: Date;
  pages: number;
}

/** Only runs finished this close to the newest one count: yesterday's import says little about now. */
export const THROUGHPUT_WINDOW_MS = 15 * 60_000;

/**
 * Pages per second over recent runs. Jobs run side by side, so the rate is the pages done
 * over the wall-clock span they covered, not the average of per-job rates. Null without data.
 */
export function pagesPerSecond(runs: readonly TimedRun[]): number | null {
  const recent = recentRuns(runs);
  if (recent.length === 0) return null;
  const pages = recent.reduce((sum, run) => sum + run.pages, 0);
  const start = Math.min(...recent.map((run) => run.startedAt.getTime()));
  const end = Math.max(...recent.map((run) => run.finishedAt.getTime()));
  const seconds = Math.max(1, (end - start) / 1000);
  return pages > 0 ? pages / seconds : null;
}

/** Typical pages per document, for documents whose page count is not known before extraction. */
export function averagePages(runs: readonly TimedRun[]): number {
  const recent = recentRuns(runs);
  if (recent.length === 0) return 1;
  return Math.max(1, recent.reduce((sum, run) => sum + run.pages, 0) / recent.length);
}

function recentRuns(runs: readonly TimedRun[]): TimedRun[] {
  if (runs.length === 0) return [];
  const newest = Math.max(...runs.map((run) => run.finishedAt.getTime()));
  return runs.filter((run) => run.finishedAt.getTime() >= newest - THROUGHPUT_WINDOW_MS);
}

/** Seconds until the remaining pages are done at `rate`; null when there is no rate to go by. */
export function estimateSecondsLeft(remainingPages: number, rate: number | null): number | null {
  if (remainingPages <= 0) return 0;
  if (rate === null || rate <= 0) return null;
  return Math.ceil(remainingPages / rate);
}
