/**
 * Synthetic sensitive values for the pii tests, computed here independently of lib/pii (BigInt
 * arithmetic, plain loops) so that a bug in the library's checksums cannot hide in its own tests.
 */

import { detectSensitive } from "@/lib/pii/detect-sensitive";
import { maskSensitive } from "@/lib/pii/mask-sensitive";
import type { SensitivePolicy } from "@/lib/pii/sensitive-policy";
import type { Detection, SensitiveKind } from "@/lib/pii/types";

/** The check digit that makes `payload` + digit pass Luhn. */
export function luhnDigit(payload: string): string {
  let sum = 0;
  const digits = [...payload].reverse().map(Number);
  digits.forEach((digit, index) => {
    const doubled = index % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return String((10 - (sum % 10)) % 10);
}

/** `compactBban` under `country` with correct ISO 13616 check digits. */
export function ibanFor(country: string, compactBban: string): string {
  const numeric = `${compactBban}${country}00`.replace(/[A-Z]/g, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${String(check).padStart(2, "0")}${compactBban}`;
}

/** Groups of four, as IBANs are printed. */
export const groupByFour = (compact: string) => compact.replace(/(.{4})(?=.)/g, "$1 ");

/** What each detection covers, for readable assertions. */
export function describeDetections(text: string, detections: readonly Detection[]): string[] {
  return detections.map(
    (detection) =>
      `${detection.kind}${detection.scheme === undefined ? "" : `/${detection.scheme}`}: ${text.slice(detection.start, detection.end)}`,
  );
}

export const onlyKinds = (kinds: SensitiveKind[], mrnPatterns: SensitivePolicy["mrnPatterns"] = []) => ({
  kinds,
  mrnPatterns,
});

/** Detect and mask in one go, as a caller would. */
export function redact(text: string, policy: Pick<SensitivePolicy, "kinds" | "mrnPatterns">): string {
  return maskSensitive(text, detectSensitive(text, policy)).text;
}
