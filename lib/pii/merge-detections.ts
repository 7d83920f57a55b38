import type { Detection, SensitiveKind } from "./types";

/**
 * Which kind names a merged span: checksum-validated and longer structures first, since a
 * phone-shaped stretch inside an IBAN is part of the IBAN, not a phone number.
 */
const PRIORITY: readonly SensitiveKind[] = [
  "iban",
  "card",
  "national_id",
  "mrn",
  "email",
  "date_of_birth",
  "phone",
];

const rank = (detection: Detection) => PRIORITY.indexOf(detection.kind);

/**
 * Sorted, non-overlapping spans: overlapping detections become one span covering both (masking
 * less than any detector found would leak the rest), named after the higher-priority kind.
 * Spans that merely touch stay apart.
 */
export function mergeDetections(detections: readonly Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const merged: Detection[] = [];
  for (const detection of sorted) {
    const last = merged.at(-1);
    if (last === undefined || detection.start >= last.end) {
      merged.push({ ...detection });
      continue;
    }
    const stronger = rank(detection) < rank(last) ? detection : last;
    merged[merged.length - 1] = { ...stronger, start: last.start, end: Math.max(last.end, detection.end) };
  }
  return merged;
}
