/*
 * The sensitive data guard's domain core: detectSensitive -> maskSensitive / summarizeDetections.
 * Wiring (ingestion, answering, settings, audit) lives elsewhere; nothing here does I/O.
 *
 * Choices a caller should know:
 * - Precision over pattern-matching everything: every built-in kind needs a checksum, a strict
 *   structure or a label (see each detector), because masking ordinary numbers and dates would
 *   make documents useless for search and answers.
 * - Dates of birth are dates right after a label (DOB, born, geb., né le, ...), never any date.
 * - Admin MRN patterns are checked statically (find-mrn-pattern-problem.ts) and run under a time
 *   budget (detect-mrns.ts); a pattern over budget throws, so the text is never taken as clean.
 * - Placeholders are opaque: masking masked text changes nothing. The price is that a number one
 *   space or hyphen away from another number or a placeholder counts as part of it, not alone.
 *
 * Settings forms that run in the browser should import ./sensitive-policy directly: detection
 * pulls in node:vm.
 */
export { defaultMrnBudgetMs } from "./detect-mrns";
export { type DetectOptions, detectSensitive } from "./detect-sensitive";
export { findMrnPatternProblem, MRN_PATTERN_MAX_LENGTH } from "./find-mrn-pattern-problem";
export { type MaskResult, maskSensitive } from "./mask-sensitive";
export { PLACEHOLDERS } from "./placeholders";
export {
  DEFAULT_SENSITIVE_POLICY,
  MAX_MRN_PATTERNS,
  type MrnPattern,
  mrnPatternSchema,
  SENSITIVE_ACTIONS,
  type SensitiveAction,
  type SensitivePolicy,
  sensitivePolicySchema,
} from "./sensitive-policy";
export { summarizeDetections } from "./summarize-detections";
export {
  type Detection,
  type DetectionCounts,
  NATIONAL_ID_SCHEMES,
  type NationalIdScheme,
  SENSITIVE_KINDS,
  type SensitiveKind,
} from "./types";
