/** Where a passage lies in a text: `text.slice(start, end)` is the passage as written there. */
export interface TextRange {
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** Offset in the original text of each folded character, and just past it. */
  from: number[];
  to: number[];
}

const QUOTES: Readonly<Record<string, string>> = {
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
  "«": '"',
  "»": '"',
};
const HYPHENS = new Set(["-", "‐", "‑", "\u00ad"]);

/**
 * Folds text so that layout differences vanish: case, compatibility forms (ligatures, full-width
 * letters), curly quotes, runs of whitespace (line wraps, block breaks) become one space, and
 * hyphens are dropped with any line break after them, so a word split at a line end
 * ("steril-\nisation") and a compound ("self-care", "self-\ncare") match however the other text
 * wrote them. Keeps each folded character's origin, to map a match back to exact offsets.
 */
function fold(text: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  let afterHyphen = false;
  for (const char of text) {
    const at = index;
    index += char.length;
    if (HYPHENS.has(char)) {
      afterHyphen = true;
      continue;
    }
    if (/\s/.test(char)) {
      if (afterHyphen || out.length === 0 || out.at(-1) === " ") continue;
      out.push(" ");
      from.push(at);
      to.push(index);
      continue;
    }
    afterHyphen = false;
    for (const folded of (QUOTES[char] ?? char).normalize("NFKC").toLowerCase()) {
      out.push(folded);
      from.push(at);
      to.push(index);
    }
  }
  if (out.at(-1) === " ") {
    out.pop();
    from.pop();
    to.pop();
  }
  return { text: out.join(""), from, to };
}

/**
 * Finds `passage` in `text` regardless of case, whitespace and hyphenation, and returns exact
 * offsets into `text` (the first occurrence), or null when it is not there.
 */
export function locatePassage(text: string, passage: string): TextRange | null {
  const needle = fold(passage).text;
  if (needle === "") return null;
  const haystack = fold(text);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const start = haystack.from[at];
  const end = haystack.to[at + needle.length - 1];
  return start === undefined || end === undefined ? null : { start, end };
}
