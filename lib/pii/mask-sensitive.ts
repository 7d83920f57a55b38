import { mergeDetections } from "./merge-detections";
import { PLACEHOLDERS } from "./placeholders";
import type { Detection, DetectionCounts } from "./types";

export interface MaskResult {
  text: string;
  /** Placeholders inserted, by kind (after overlapping detections were merged). */
  counts: DetectionCounts;
}

/**
 * Replaces each detected span with its kind's placeholder ("[EMAIL]", "[CARD]", ...);
 * overlapping detections become one placeholder. Throws RangeError for offsets outside the text.
 */
export function maskSensitive(text: string, detections: readonly Detection[]): MaskResult {
  for (const { start, end } of detections) {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > text.length
    ) {
      throw new RangeError(`detection [${start}, ${end}) does not fit a text of length ${text.length}`);
    }
  }
  const parts: string[] = [];
  const counts: DetectionCounts = {};
  let cursor = 0;
  for (const { kind, start, end } of mergeDetections(detections)) {
    parts.push(text.slice(cursor, start), PLACEHOLDERS[kind]);
    counts[kind] = (counts[kind] ?? 0) + 1;
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), counts };
}
