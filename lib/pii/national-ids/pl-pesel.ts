import { isValidDate } from "../is-valid-date";
import { digitsOf, type NationalIdRule } from "./national-id-rule";

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** The month field carries the century: +80 for the 1800s, +0, +20, +40, +60 from 1900 on. */
function birthDate(digits: number[]): [number, number, number] {
  const [y1 = 0, y2 = 0, m1 = 0, m2 = 0, d1 = 0, d2 = 0] = digits;
  const encodedMonth = m1 * 10 + m2;
  const centuryOffset = Math.floor(encodedMonth / 20) * 20;
  const century = centuryOffset === 80 ? 1800 : 1900 + (centuryOffset / 20) * 100;
  return [century + y1 * 10 + y2, encodedMonth - centuryOffset, d1 * 10 + d2];
}

/** Polish PESEL: 11 digits, YYMMDD with the century in the month, a weighted mod-10 check digit. */
export const PL_PESEL: NationalIdRule = {
  scheme: "pl_pesel",
  pattern: String.raw`\d{11}`,
  isValid(value) {
    const digits = digitsOf(value);
    const sum = WEIGHTS.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
    return isValidDate(...birthDate(digits)) && (10 - (sum % 10)) % 10 === digits[10];
  },
};
