import { mod97 } from "./mod97";

/**
 * ISO 13616: move the first four characters to the end, turn letters into numbers (A = 10 ...
 * Z = 35) and take the remainder mod 97. A valid IBAN leaves 1.
 */
export function ibanRemainder(compactIban: string): number {
  const rearranged = compactIban.slice(4) + compactIban.slice(0, 4);
  const digits = rearranged.toUpperCase().replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(digits);
}
