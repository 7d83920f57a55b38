import type { Detection, DetectionCounts } from "./types";

/**
 * Counts by kind for the audit trail: kinds and numbers only, never values or offsets. For the
 * output of detectSensitive these equal the counts maskSensitive reports.
 */
export function summarizeDetections(detections: readonly Detection[]): DetectionCounts {
  const counts: DetectionCounts = {};
  for (const { kind } of detections) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
