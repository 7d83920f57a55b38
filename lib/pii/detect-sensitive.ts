import { detectCards } from "./detect-cards";
import { detectDatesOfBirth } from "./detect-date-of-birth";
import { detectEmails } from "./detect-email";
import { detectIbans } from "./detect-ibans";
import { detectMrns } from "./detect-mrns";
import { detectNationalIds } from "./detect-national-ids";
import { detectPhones } from "./detect-phones";
import { findPlaceholders, type Span } from "./find-placeholders";
import { mergeDetections } from "./merge-detections";
import type { SensitivePolicy } from "./sensitive-policy";
import type { Detection, SensitiveKind } from "./types";

export interface DetectOptions {
  /** Time the MRN patterns may take on this text, in ms; see defaultMrnBudgetMs. */
  mrnBudgetMs?: number;
}

const BUILT_IN: Record<Exclude<SensitiveKind, "mrn">, (text: string) => Detection[]> = {
  email: detectEmails,
  phone: detectPhones,
  national_id: detectNationalIds,
  card: detectCards,
  iban: detectIbans,
  date_of_birth: detectDatesOfBirth,
};

/** Whether `detection` overlaps or touches one of `spans` (sorted, disjoint). */
function touchesAny(detection: Detection, spans: readonly Span[]): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) < detection.start) low = middle + 1;
    else high = middle;
  }
  const candidate = spans[low];
  return candidate !== undefined && candidate.start <= detection.end;
}

/**
 * Finds what the policy's detectors look for: sorted, non-overlapping detections (overlaps are
 * merged as in maskSensitive, so counts taken here equal the placeholders masking inserts).
 *
 * Placeholders already in the text are opaque: nothing is detected in, across or glued to them,
 * so masking a masked text changes nothing.
 */
export function detectSensitive(
  text: string,
  policy: Pick<SensitivePolicy, "kinds" | "mrnPatterns">,
  options: DetectOptions = {},
): Detection[] {
  const candidates: Detection[] = [];
  for (const kind of new Set(policy.kinds)) {
    candidates.push(
      ...(kind === "mrn" ? detectMrns(text, policy.mrnPatterns, options.mrnBudgetMs) : BUILT_IN[kind](text)),
    );
  }
  const placeholders = findPlaceholders(text);
  const kept =
    placeholders.length === 0
      ? candidates
      : candidates.filter((detection) => !touchesAny(detection, placeholders));
  return mergeDetections(kept);
}
