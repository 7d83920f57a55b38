import { roundSize } from "./make-line";
import type { TextLine } from "./text-fragment";

/** Sizes this much above body text read as headings (Word's 12 pt headings over 11 pt body pass). */
const HEADING_SIZE_RATIO = 1.08;
const MAX_HEADING_LEVEL = 6;
/** Longer lines are display text or large print, not headings, and do not define a level. */
const MAX_HEADING_LINE_CHARS = 120;

export interface Typography {
  /** The size most characters are set in. */
  bodySize: number;
  /** Heading level by rounded font size: the largest heading size is level 1. */
  headingLevelBySize: ReadonlyMap<number, number>;
}

/** Measures the whole document at once so heading levels agree across pages. */
export function measureTypography(lines: readonly TextLine[]): Typography {
  const charsBySize = new Map<number, number>();
  for (const line of lines) charsBySize.set(line.size, (charsBySize.get(line.size) ?? 0) + line.text.length);
  const bodySize = [...charsBySize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const headingSizes = new Set<number>();
  for (const line of lines) {
    if (isHeadingSize(line.size, bodySize) && looksLikeHeadingText(line.text))
      headingSizes.add(roundSize(line.size));
  }
  const ranked = [...headingSizes].sort((a, b) => b - a);
  const headingLevelBySize = new Map(
    ranked.map((size, rank) => [size, Math.min(rank + 1, MAX_HEADING_LEVEL)]),
  );
  return { bodySize, headingLevelBySize };
}

export function isHeadingSize(size: number, bodySize: number): boolean {
  return size >= bodySize * HEADING_SIZE_RATIO && size - bodySize >= 0.75;
}

/**
 * Headings have words in them and stay short; big page numbers and drop caps do not qualify,
 * nor do table-of-contents entries (dot leaders), which are often set as large as the headings.
 */
export function looksLikeHeadingText(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LINE_CHARS &&
    (text.match(/\p{L}/gu)?.length ?? 0) >= 2 &&
    !/(\.\s?){4,}|…|_{3,}/.test(text)
  );
}
