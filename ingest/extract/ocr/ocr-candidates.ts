import type { OcrCandidate } from "./read-pages-by-ocr";

/**
 * Fewer letters than this on a page means its text layer does not carry its content: a scan
 * with a page number or a scanner's stamp, or no text layer at all.
 */
const MIN_LETTERS = 20;

/**
 * Pages whose text, once running headers and footers are gone, is negligible, in page order.
 * Whether such a page shows anything worth reading is only known once it is rendered.
 */
export function ocrCandidates(linesByPage: ReadonlyMap<number, readonly { text: string }[]>): OcrCandidate[] {
  return [...linesByPage.entries()]
    .map(([page, lines]) => ({ page, letters: countLetters(lines.map((line) => line.text)) }))
    .filter((candidate) => candidate.letters < MIN_LETTERS)
    .sort((a, b) => a.page - b.page);
}

function countLetters(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + (text.match(/\p{L}/gu)?.length ?? 0), 0);
}
