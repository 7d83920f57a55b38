import type { QueueStatusResponse } from "../api/types";
import { formatQueueProgress, formatThroughput } from "./format-queue-progress";

/**
 * "37 of 1,000 processed · about 4 min left" while ingestion runs. Not a live region: the
 * estimate changes every poll and would be announced over and over.
 */
export function QueueSummary({ status }: { status: QueueStatusResponse | null }) {
  if (!status) return null;
  const progress = formatQueueProgress(status);
  if (!progress) return null;
  const throughput = formatThroughput(status);
  const percent = status.total === 0 ? 0 : Math.round((100 * (status.ready + status.failed)) / status.total);
  return (
    <div className="queue-summary" data-testid="queue-summary">
      <progress max={100} value={percent} aria-label="Documents processed" />
      <span className="queue-summary-text">{progress}</span>
      {throughput && <span className="hint">{throughput}</span>}
    </div>
  );
}
