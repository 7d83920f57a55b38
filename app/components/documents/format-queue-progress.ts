import type { QueueStatusResponse } from "../api/types";

const count = new Intl.NumberFormat("en");

/** "about 4 min left", "about 1 h 20 min left", "less than a minute left". */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 60) return "less than a minute left";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h left` : `about ${hours} h ${rest} min left`;
}

/**
 * One line for the documents page while ingestion runs, e.g.
 * "37 of 1,000 processed · about 4 min left"; null when nothing is waiting.
 */
export function formatQueueProgress(status: QueueStatusResponse): string | null {
  const pending = status.queued + status.processing;
  if (pending === 0) return null;
  const processed = status.ready + status.failed;
  const parts = [`${count.format(processed)} of ${count.format(status.total)} processed`];
  if (status.etaSeconds !== null) parts.push(formatTimeLeft(status.etaSeconds));
  else parts.push("estimating time left");
  return parts.join(" · ");
}

/** "12.5 pages/s" for the detail line; null before there is a rate. */
export function formatThroughput(status: QueueStatusResponse): string | null {
  if (status.pagesPerSecond === null) return null;
  const rate = status.pagesPerSecond;
  return `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} pages/s`;
}
