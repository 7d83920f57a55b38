import type { ImportBatchView } from "../batch/import-batch-view";
import { formatDuration } from "./format-duration";

const BAR_WIDTH = 24;

function bar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}]`;
}

/**
 * One line of import progress for a terminal or a log:
 * `[######..........] 412/1000 · stored 1000/1000 · ready 409 · failed 3 · queued 585 · 25.3 pages/s · ETA 42s`.
 * The bar and first count are files settled (ready, failed or skipped) out of files found.
 */
export function formatProgressLine(view: ImportBatchView, stored: number): string {
  const { queued, processing, ready, failed } = view.counts;
  const settled = ready + failed + view.skipped;
  const fraction = view.total === 0 ? 1 : settled / view.total;
  const eta = view.finished
    ? "done"
    : view.etaSeconds === null
      ? "ETA --"
      : `ETA ${formatDuration(view.etaSeconds)}`;
  return [
    `${bar(fraction)} ${settled}/${view.total}`,
    `stored ${stored}/${view.total}`,
    `ready ${ready}`,
    `failed ${failed}`,
    `queued ${queued + processing}`,
    `${view.pagesPerSecond.toFixed(1)} pages/s`,
    eta,
  ].join(" · ");
}
