import type { NationalIdRule } from "./national-id-rule";

const NEVER_FIRST = new Set("DFIQUV");
const NEVER_SECOND = new Set("DFIQUVO");
const NEVER_PREFIX = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

function isAllocated(value: string): boolean {
  const first = value.charAt(0);
  const second = value.charAt(1);
  return !NEVER_FIRST.has(first) && !NEVER_SECOND.has(second) && !NEVER_PREFIX.has(first + second);
}

/**
 * UK National Insurance number as printed on letters, AB 12 34 56 C. No check digit; the prefix
 * letters HMRC never allocates are excluded, which also excludes the "QQ 12 34 56 C" of examples.
 */
export const UK_NINO: NationalIdRule = {
  scheme: "uk_nino",
  pattern: String.raw`[A-Z]{2} \d{2} \d{2} \d{2} [A-D]`,
  isValid: isAllocated,
};

/** Compact (AB123456C) it looks like a compound or part code (SR141716A), so it needs a label. */
export const UK_NINO_LABELLED: NationalIdRule = {
  scheme: "uk_nino",
  pattern: String.raw`[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]`,
  isValid: isAllocated,
  cue: String.raw`nino|ni|national\s+insurance`,
};
