import type { GreyImage } from "./ocr-engine";

/** Darker than this counts as part of a line. */
const DARK = 128;
/** Straight dark runs at least this long (0.4 inch, twice the width of a large capital) are rules. */
const MIN_RULE_INCHES = 0.4;
const WHITE = 255;

/**
 * Whitens the horizontal and vertical rules of tables and forms. Text touching a cell border
 * is otherwise read by tesseract as one tall blob and dropped, and rules come out as "|" and
 * "—" noise. A glyph's strokes are far shorter than a rule, so text is left as it is (a long
 * underline goes too, which only helps). Returns a new image.
 */
export function removeRuleLines(image: GreyImage): GreyImage {
  const { width, height } = image;
  const minRun = Math.max(2, Math.round(image.dpi * MIN_RULE_INCHES));
  const source = image.pixels;
  const pixels = source.slice();
  // Runs are found on the original so that removing one rule cannot split a crossing rule in two.
  for (let y = 0; y < height; y++) {
    whitenRuns(source, pixels, y * width, 1, width, minRun);
  }
  for (let x = 0; x < width; x++) {
    whitenRuns(source, pixels, x, width, height, minRun);
  }
  return { ...image, pixels };
}

/** Whitens in `target` every dark run of `source` at least `minRun` long along one row or column. */
function whitenRuns(
  source: Uint8Array,
  target: Uint8Array,
  start: number,
  step: number,
  length: number,
  minRun: number,
): void {
  let runStart = -1;
  for (let index = 0; index <= length; index++) {
    const dark = index < length && (source[start + index * step] ?? WHITE) < DARK;
    if (dark && runStart < 0) runStart = index;
    if (!dark && runStart >= 0) {
      if (index - runStart >= minRun) {
        for (let fill = runStart; fill < index; fill++) target[start + fill * step] = WHITE;
      }
      runStart = -1;
    }
  }
}
