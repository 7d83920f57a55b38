import { type DetectOptions, detectSensitive } from "./detect-sensitive";
import { type MaskResult, maskSensitive } from "./mask-sensitive";
import type { SensitivePolicy } from "./sensitive-policy";

/**
 * Detects what the policy's detectors look for and masks it. Throws what detectSensitive throws
 * (a too-slow MRN pattern): the caller must then not use the text, masked or not.
 */
export function maskWithPolicy(
  text: string,
  policy: Pick<SensitivePolicy, "kinds" | "mrnPatterns">,
  options: DetectOptions = {},
): MaskResult {
  const detections = detectSensitive(text, policy, options);
  return detections.length === 0 ? { text, counts: {} } : maskSensitive(text, detections);
}
