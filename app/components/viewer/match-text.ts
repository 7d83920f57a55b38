/**
 * Finds stored text (a cited passage, a claim's supporting words) in text that was split up
 * differently: the spans of pdf.js's text layer, or a page's stored text. Both sides are
 * compared on letters and digits alone, case-folded and NFKC-normalised, so line breaks,
 * hyphens at line ends ("treat-" / "ment"), ligatures and spacing differences do not matter.
 */

/** Characters `start`..`end` (UTF-16 offsets) of piece number `piece`. */
export interface PieceRange {
  piece: number;
  start: number;
  end: number;
}

interface Normalised {
  chars: string;
  /** For each normalised character, where it came from. */
  origins: PieceRange[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function normalise(pieces: readonly string[]): Normalised {
  let chars = "";
  const origins: PieceRange[] = [];
  pieces.forEach((text, piece) => {
    let offset = 0;
    for (const char of text) {
      const start = offset;
      offset += char.length;
      for (const folded of char.normalize("NFKC").toLowerCase()) {
        if (!WORD_CHAR.test(folded)) continue;
        chars += folded;
        origins.push({ piece, start, end: offset });
      }
    }
  });
  return { chars, origins };
}

/** The pieces' ranges covered by normalised characters from..to (exclusive). */
function rangesOf(origins: readonly PieceRange[], from: number, to: number): PieceRange[] {
  const ranges: PieceRange[] = [];
  for (let index = from; index < to; index += 1) {
    const origin = origins[index];
    if (!origin) continue;
    const last = ranges.at(-1);
    if (last?.piece === origin.piece) last.end = Math.max(last.end, origin.end);
    else ranges.push({ ...origin });
  }
  return ranges;
}

/** Shorter parts match too easily by chance to be trusted on their own. */
const MIN_PART_CHARS = 12;

/** Lines and sentences: what survives when a passage runs across columns or reordered blocks. */
function partsOf(target: string): string[] {
  return target
    .replace(/…/g, "\n")
    .split(/\n+|(?<=[.!?;:])\s+/)
    .map((part) => normalise([part]).chars)
    .filter((part) => part.length >= MIN_PART_CHARS);
}

/**
 * The ranges of `pieces` holding `target`: the whole of it where it occurs as one run,
 * otherwise each of its lines and sentences found in order. Empty when nothing was found.
 */
export function findText(pieces: readonly string[], target: string): PieceRange[] {
  const haystack = normalise(pieces);
  const needle = normalise([target]).chars;
  if (needle === "") return [];
  const whole = haystack.chars.indexOf(needle);
  if (whole >= 0) return rangesOf(haystack.origins, whole, whole + needle.length);

  const found: PieceRange[] = [];
  let cursor = 0;
  for (const part of partsOf(target)) {
    const at = haystack.chars.indexOf(part, cursor);
    if (at < 0) continue;
    found.push(...rangesOf(haystack.origins, at, at + part.length));
    cursor = at + part.length;
  }
  return found;
}

/** The one range of a single text holding `target`, from the first found part to the last. */
export function locateInText(text: string, target: string): { start: number; end: number } | null {
  const ranges = findText([text], target);
  const first = ranges[0];
  const last = ranges.at(-1);
  return first && last ? { start: first.start, end: last.end } : null;
}
