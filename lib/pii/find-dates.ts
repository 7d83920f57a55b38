import type { Span } from "./find-placeholders";
import { isValidDate } from "./is-valid-date";
import { NUMBER_END, NUMBER_START, TOKEN_END, TOKEN_START } from "./patterns";

/** Month names in English, German and French, full and abbreviated, with and without accents. */
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["january", "jan", "januar", "jänner", "janvier", "janv"]],
  [2, ["february", "feb", "februar", "février", "fevrier", "févr", "fevr"]],
  [3, ["march", "mar", "märz", "maerz", "mär", "mars"]],
  [4, ["april", "apr", "avril", "avr"]],
  [5, ["may", "mai"]],
  [6, ["june", "jun", "juni", "juin"]],
  [7, ["july", "jul", "juli", "juillet", "juil"]],
  [8, ["august", "aug", "août", "aout"]],
  [9, ["september", "sept", "sep", "septembre"]],
  [10, ["october", "oct", "oktober", "okt", "octobre"]],
  [11, ["november", "nov", "novembre"]],
  [12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc"]],
];

const MONTH_NUMBERS = new Map(
  MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);

// Longest first, so "sept" is not cut short at "sep".
const MONTH = `(?:${[...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join("|")})`;

const DAY_SUFFIX = "(?:st|nd|rd|th|er|\\.)?";

/** 1990-03-12, 1990/03/12, 1990.03.12 */
const YEAR_FIRST = new RegExp(
  String.raw`${NUMBER_START}(\d{4})([./\-])(\d{1,2})\2(\d{1,2})${NUMBER_END}`,
  "gu",
);
/** 12/03/1990, 12.03.90, 03-12-1990: day-month or month-day, whichever is a real date. */
const YEAR_LAST = new RegExp(
  String.raw`${NUMBER_START}(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})${NUMBER_END}`,
  "gu",
);
/** 12 March 1990, 12th Mar 1990, 12-Mar-1990, 12. März 1990, 1er janvier 1990 */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`${TOKEN_START}(\d{1,2})${DAY_SUFFIX}[ \-]?(${MONTH})\.?[ \-,]{1,2}(\d{4})${TOKEN_END}`,
  "giu",
);
/** March 12, 1990 */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`${TOKEN_START}(${MONTH})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TOKEN_END}`,
  "giu",
);

const MIN_YEAR = 1870;
const MAX_YEAR = 2100;

function fullYear(digits: string): number {
  const year = Number(digits);
  // Only validity is at stake here, and 2000-2099 share their leap years with 1900-1999 but for 1900.
  return digits.length === 2 ? 2000 + year : year;
}

function plausible(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && isValidDate(year, month, day);
}

function monthNumber(name: string | undefined): number {
  return MONTH_NUMBERS.get((name ?? "").toLowerCase()) ?? 0;
}

function collect(text: string, regex: RegExp, isDate: (groups: string[]) => boolean, spans: Span[]): void {
  for (const match of text.matchAll(regex)) {
    if (isDate(match.slice(1).map((group) => group ?? ""))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
}

/** Every written calendar date between 1870 and 2100 in the formats above, in text order. */
export function findDates(text: string): Span[] {
  const spans: Span[] = [];
  collect(
    text,
    YEAR_FIRST,
    ([y = "", , m = "", d = ""]) => plausible(Number(y), Number(m), Number(d)),
    spans,
  );
  collect(
    text,
    YEAR_LAST,
    ([a = "", , b = "", y = ""]) =>
      plausible(fullYear(y), Number(b), Number(a)) || plausible(fullYear(y), Number(a), Number(b)),
    spans,
  );
  collect(
    text,
    DAY_MONTH_YEAR,
    ([d = "", m, y = ""]) => plausible(Number(y), monthNumber(m), Number(d)),
    spans,
  );
  collect(
    text,
    MONTH_DAY_YEAR,
    ([m, d = "", y = ""]) => plausible(Number(y), monthNumber(m), Number(d)),
    spans,
  );
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether the whole of `text` is one date (used to keep dates out of phone numbers). */
export function isWholeDate(text: string): boolean {
  const spans = findDates(text);
  return spans.some((span) => span.start === 0 && span.end === text.length);
}
