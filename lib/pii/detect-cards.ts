import { hasCardPrefix } from "./card-networks";
import { passesLuhn } from "./checksums/luhn";
import { NUMBER_END, NUMBER_START } from "./patterns";
import type { Detection } from "./types";

/** 13-19 digits, optionally grouped by spaces or hyphens, standing alone. */
const CARD_RUN = new RegExp(String.raw`${NUMBER_START}\d(?:[ \-]?\d){12,18}${NUMBER_END}`, "gu");

/** One kind of separator, in groups of 3-6 digits (4-4-4-4, 4-6-5, 4-4-4-4-3), or none at all. */
function isCardLayout(run: string): boolean {
  const separators = new Set(run.replace(/\d/g, ""));
  if (separators.size === 0) return true;
  return separators.size === 1 && run.split(/[ -]/).every((group) => group.length >= 3 && group.length <= 6);
}

/** Payment card numbers: card layout, a known issuer range and length, and a valid Luhn check digit. */
export function detectCards(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(CARD_RUN)) {
    const digits = match[0].replace(/\D/g, "");
    if (isCardLayout(match[0]) && hasCardPrefix(digits) && passesLuhn(digits)) {
      found.push({ kind: "card", start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
