import type { NationalIdRule } from "./national-id-rule";

/** Values of characters in odd (1st, 3rd, ...) positions; digits share the values of A-J. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** 0-9 and A-Z both count from 0 at even positions, and index ODD_VALUES at odd ones. */
function alphabetIndex(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

function checkLetter(first15: string): string {
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const position = alphabetIndex(first15.charAt(index));
    sum += index % 2 === 0 ? (ODD_VALUES[position] ?? 0) : position;
  }
  return String.fromCharCode(65 + (sum % 26));
}

// Digit positions may hold the letters L-V instead of digits (omocodia, for clashing codes).
const DIGIT = "[0-9LMNPQRSTUV]";

/** Italian codice fiscale of a person: 16 characters ending in a check letter. */
export const IT_CODICE_FISCALE: NationalIdRule = {
  scheme: "it_codice_fiscale",
  pattern: `[A-Z]{6}${DIGIT}{2}[ABCDEHLMPRST]${DIGIT}{2}[A-Z]${DIGIT}{3}[A-Z]`,
  isValid(value) {
    return checkLetter(value.slice(0, 15)) === value.charAt(15);
  },
};
