import { isWholeDate } from "./find-dates";
import { followsCue } from "./follows-cue";
import { PLACEHOLDER, WORD_CHAR } from "./patterns";
import type { Detection } from "./types";

/** What phone numbers put between digit groups, parentheses included: "(0)20 7946", "555) 0182". */
const SEPARATOR = String.raw`(?:[ .\-/]|\) ?|[ .\-]?\()`;

/**
 * A run of digit groups taken whole, from a start that does not continue another number (with
 * these separators, or a "+") to an end that does not run on: the classification below decides
 * whether the whole run is a phone number, never a piece of it, so no part of a rejected run
 * can surface as a phone number once a neighbour has been masked.
 */
const NUMBER_RUN = new RegExp(
  String.raw`(?<!${WORD_CHAR}|${PLACEHOLDER}|\+|(?:\p{N}|${PLACEHOLDER})${SEPARATOR}|[\p{L}\p{M}][\-/])` +
    String.raw`(?:\+ ?)?\(?\d+(?:${SEPARATOR}\d+)*` +
    String.raw`(?!${WORD_CHAR}|${PLACEHOLDER}|${SEPARATOR}(?:\p{N}|${PLACEHOLDER}))`,
  "gu",
);

const PHONE_CUE =
  "tel|tél|phone|telephone|téléphone|telefon|telefonnummer|rufnummer|mobile|mobil|cell|fax|handy|portable";

/** North American numbers: area code and exchange never start with 0 or 1. */
const NANP = /^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/;

/** 192.168.0.1 and other dotted quads. */
const IP_ADDRESS = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

const MIN_DIGITS = 7;
const MAX_DIGITS = 15; // E.164

function balancedParentheses(run: string): boolean {
  const open = run.split("(").length - 1;
  const close = run.split(")").length - 1;
  return open === close && open <= 1 && (open === 0 || run.indexOf("(") < run.indexOf(")"));
}

/**
 * National formats that start with the trunk prefix 0 (020 7946 0958, 01 23 45 67 89,
 * 030 12345678, 0171/1234567): grouped, 9 to 12 digits, no one-digit groups.
 */
function isTrunkPrefixed(run: string, digits: string): boolean {
  const groups = run.split(/\D+/).filter((group) => group.length > 0);
  const first = groups[0] ?? "";
  return (
    /^0[1-9]/.test(first) &&
    first.length <= 5 &&
    groups.length >= 2 &&
    groups.every((group) => group.length >= 2) &&
    digits.length >= 9 &&
    digits.length <= 12
  );
}

/**
 * "+44 20 7946 0958", "0044 20 7946 0958": a country code, then the number. Written with 00 it
 * must also be grouped like one, or accession numbers (001243169.1) and decimals (0.0307161)
 * would qualify.
 */
function isInternational(run: string, digits: string): boolean {
  if (run.startsWith("+")) return /^[1-9]/.test(digits);
  const groups = run.split(/\D+/);
  return (
    /^00[1-9]/.test(run) &&
    digits.length >= 9 &&
    groups.length > 1 &&
    groups.slice(1).every((group) => group.length >= 2)
  );
}

function isPhone(text: string, start: number, run: string): boolean {
  const digits = run.replace(/\D/g, "");
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return false;
  if (!balancedParentheses(run) || IP_ADDRESS.test(run) || isWholeDate(run)) return false;
  if (isInternational(run, digits) || NANP.test(run) || isTrunkPrefixed(run, digits)) return true;
  // Any other shape (a bare 5551234567) is a phone number only where a label says so.
  return followsCue(text, start, PHONE_CUE);
}

/**
 * Phone numbers with a plausible structure: an international prefix, a North American or a
 * trunk-prefixed national format, or any 7-15 digits right after a label such as "Tel:".
 * Dates, IP addresses, version strings and unlabelled digit strings are not phone numbers.
 */
export function detectPhones(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    if (isPhone(text, match.index, match[0])) {
      found.push({ kind: "phone", start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
