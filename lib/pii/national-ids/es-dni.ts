import type { NationalIdRule } from "./national-id-rule";

const CHECK_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** The control letter is the number mod 23 looked up in CHECK_LETTERS. */
const letterMatches = (number: string, letter: string) =>
  CHECK_LETTERS.charAt(Number(number) % 23) === letter;

/** Spanish DNI: eight digits and a control letter, 12345678Z or 12345678-Z. */
export const ES_DNI: NationalIdRule = {
  scheme: "es_dni",
  pattern: String.raw`\d{8}-?[A-Z]`,
  isValid(value) {
    return letterMatches(value.slice(0, 8), value.charAt(value.length - 1));
  },
};

/** Spanish NIE (foreigners): X, Y or Z (counted as 0, 1, 2), seven digits, a control letter. */
export const ES_NIE: NationalIdRule = {
  scheme: "es_nie",
  pattern: String.raw`[XYZ]-?\d{7}-?[A-Z]`,
  isValid(value) {
    const compact = value.replace(/-/g, "");
    return letterMatches(String("XYZ".indexOf(compact.charAt(0))) + compact.slice(1, 8), compact.charAt(8));
  },
};
