import { type DetectionCounts, SENSITIVE_KINDS } from "./types";

/** Adds `more` into `total` (both kinds-and-numbers only, as the audit trail wants them). */
export function addDetectionCounts(total: DetectionCounts, more: DetectionCounts): DetectionCounts {
  for (const kind of SENSITIVE_KINDS) {
    const count = more[kind];
    if (count !== undefined && count > 0) total[kind] = (total[kind] ?? 0) + count;
  }
  return total;
}

/** "3 email, 1 card" in the settings screens' order; empty when nothing was found. */
export function describeDetectionCounts(counts: DetectionCounts): string {
  return SENSITIVE_KINDS.flatMap((kind) => {
    const count = counts[kind];
    return count === undefined || count === 0 ? [] : [`${count} ${kind.replaceAll("_", " ")}`];
  }).join(", ");
}
