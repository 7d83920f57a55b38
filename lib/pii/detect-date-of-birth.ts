import { findDates } from "./find-dates";
import { followsCue } from "./follows-cue";
import type { Detection } from "./types";

/**
 * Labels that announce a date of birth, in English, German, French, Spanish and Italian.
 * A date is only a date of birth after one of these: clinical and legal documents are full of
 * dates (visits, versions, signatures) that identify nobody, and masking them all would ruin
 * the text for search and answers.
 */
const DOB_CUE = [
  String.raw`d\.?\s?o\.?\s?b`,
  String.raw`date\s+of\s+birth`,
  String.raw`birth\s?date`,
  "birthday",
  "born",
  String.raw`geb\.`,
  "geboren",
  "geburtsdatum",
  String.raw`geb\.?-?\s?datum`,
  String.raw`date\s+de\s+naissance`,
  "née?",
  String.raw`fecha\s+de\s+nacimiento`,
  String.raw`nacid[oa]\s+el`,
  String.raw`data\s+di\s+nascita`,
  String.raw`nat[oa]\s+il`,
].join("|");

export function detectDatesOfBirth(text: string): Detection[] {
  return findDates(text)
    .filter((span) => followsCue(text, span.start, DOB_CUE))
    .map((span) => ({ kind: "date_of_birth", start: span.start, end: span.end }));
}
