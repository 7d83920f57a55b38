import { ibanRemainder } from "./checksums/iban-remainder";
import { IBAN_LENGTHS } from "./iban-lengths";
import { TOKEN_END, TOKEN_START } from "./patterns";
import type { Detection } from "./types";

/** Where an IBAN can begin: a country code and two check digits, not glued to a word. */
const IBAN_START = new RegExp(String.raw`${TOKEN_START}[A-Za-z]{2}\d{2}`, "gu");
const AFTER_IBAN = new RegExp(`^${TOKEN_END}`, "u");

const isAlphanumeric = (char: string | undefined) => char !== undefined && /^[A-Za-z0-9]$/.test(char);

/**
 * The end of an IBAN of `length` characters starting at `start`, written compact or grouped by
 * single spaces. Reading stops at the country's length, so a BIC or amount after it is left alone.
 */
function ibanEnd(text: string, start: number, length: number): number | undefined {
  let count = 0;
  let index = start;
  while (count < length) {
    const char = text[index];
    if (isAlphanumeric(char)) {
      count++;
      index++;
    } else if (char === " " && count > 0 && isAlphanumeric(text[index + 1])) {
      index++;
    } else {
      return undefined;
    }
  }
  return AFTER_IBAN.test(text.slice(index, index + 16)) ? index : undefined;
}

/** IBANs of the registry's countries with the country's length and a valid mod-97 check. */
export function detectIbans(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    const end = ibanEnd(text, match.index, length);
    if (end === undefined) continue;
    if (ibanRemainder(text.slice(match.index, end).replace(/ /g, "")) === 1) {
      found.push({ kind: "iban", start: match.index, end });
    }
  }
  return found;
}
