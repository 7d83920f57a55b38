import { isRecord } from "../api/guards";
import type { QueueStatusResponse } from "../api/types";

const COUNTS = ["queued", "processing", "ready", "failed", "total"] as const;

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || typeof value === "number";
}

/** Shape check for GET /api/queue: a proxy's error page must not be shown as progress. */
export function parseQueueStatus(body: unknown): QueueStatusResponse | null {
  if (!isRecord(body)) return null;
  if (!COUNTS.every((key) => typeof body[key] === "number")) return null;
  if (!isNumberOrNull(body.pagesPerSecond) || !isNumberOrNull(body.etaSeconds)) return null;
  return body as unknown as QueueStatusResponse;
}
