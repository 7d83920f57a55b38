import { digitsOf, type NationalIdRule } from "./national-id-rule";

/**
 * Of the first ten digits, exactly one appears two or three times and the rest at most once
 * (the rule the Bundeszentralamt für Steuern allocates by).
 */
function hasAllocatedDigitPattern(digits: number[]): boolean {
  const counts = new Map<number, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  return repeated.length === 1 && (repeated[0] === 2 || repeated[0] === 3);
}

/** ISO 7064 MOD 11,10 over the first ten digits. */
function iso7064Mod1110(digits: number[]): number {
  let product = 10;
  for (const digit of digits.slice(0, 10)) {
    let sum = (digit + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** German tax identification number (Steuer-IdNr.), 11 digits, compact or as 12 345 678 901. */
export const DE_TAX_ID: NationalIdRule = {
  scheme: "de_tax_id",
  pattern: String.raw`[1-9]\d(?: ?\d{3}){3}`,
  isValid(value) {
    const digits = digitsOf(value);
    return hasAllocatedDigitPattern(digits) && iso7064Mod1110(digits) === digits[10];
  },
};
