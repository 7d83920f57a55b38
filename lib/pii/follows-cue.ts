/*
 * A cue is a label such as "DOB" or "Tel." right before a value. Between the two only a short
 * connector is allowed: punctuation, line breaks, a format hint in parentheses ("(dd/mm/yyyy)")
 * and a few linking words ("NHS number is", "geboren am", "né le"). Anything else in between
 * means the value is not the one the label describes.
 */
const CONNECTOR = String.raw`(?:[\s:#=.,\-–—]|\([^()\d\n]{0,24}\)|(?<!\p{L})(?:no|nr|num|number|n°|is|was|on|am|le|el|il)(?!\p{L})){0,10}`;

/** Enough for the longest cue plus connector; the rest of the text is never looked at. */
const WINDOW = 80;

const cueRegexes = new Map<string, RegExp>();

function cueRegex(cue: string): RegExp {
  let regex = cueRegexes.get(cue);
  if (regex === undefined) {
    // Brackets around the cue: "[DOB]" is a placeholder, not a label, and a cue glued to the end
    // of a placeholder was glued to a word before masking, so it did not count then either.
    regex = new RegExp(
      String.raw`[^\p{L}\p{M}\p{N}\[\]](?:${cue})(?![\p{L}\p{M}\p{N}\]])${CONNECTOR}$`,
      "iu",
    );
    cueRegexes.set(cue, regex);
  }
  return regex;
}

/** Whether the text just before `index` is `cue` (a regex source, matched case-insensitively) plus a connector. */
export function followsCue(text: string, index: number, cue: string): boolean {
  const from = Math.max(0, index - WINDOW);
  // A line break stands in for the start of the text, so a cue there still has something before it.
  const window = (from === 0 ? "\n" : "") + text.slice(from, index);
  return cueRegex(cue).test(window);
}
