import type { NationalIdScheme } from "../types";

export interface NationalIdRule {
  scheme: NationalIdScheme;
  /** Regex source (u flag, case-sensitive) of the value alone; the detector adds the boundaries. */
  pattern: string;
  /** The check digit or, for schemes without one, the structural rules the issuer guarantees. */
  isValid(value: string): boolean;
  /** Regex source of labels; when set, the value only counts right after one (the format alone is too common). */
  cue?: string;
}

/** Digits of a value as numbers, separators dropped. */
export const digitsOf = (value: string): number[] => Array.from(value.replace(/\D/g, ""), Number);
