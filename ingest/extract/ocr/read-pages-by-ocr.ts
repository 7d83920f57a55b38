import type { PageRenderer, RenderedPage } from "../pdf/render-page";
import type { OcrEngine, Recognition } from "./ocr-engine";
import type { OcrLimits } from "./ocr-limits";
import { recognizeUpright } from "./recognize-upright";
import { removeRuleLines } from "./remove-rule-lines";

/** A page whose text layer is negligible, with the letters pdf.js did find on it. */
export interface OcrCandidate {
  page: number;
  letters: number;
}

export interface OcrPassResult {
  recognitions: Map<number, Recognition>;
  /** Pages handed to the OCR engine, whether or not it found text. */
  read: number;
  /** Pages whose OCR failed or ran out of time. */
  failed: number;
  /** Candidates never looked at: the page limit was reached, or OCR kept failing. */
  skipped: number;
}

/** Less ink than this share of the page is a blank page or a scanner's specks. */
const MIN_INK_SHARE = 1e-4;
/** A broken engine or a document of pathological pages should not cost time on every page. */
const MAX_FAILURES_IN_A_ROW = 3;

/**
 * Renders each candidate page and reads it with the OCR engine, one page at a time, within the
 * per-page time and per-document page limits. A page is read only if it shows ink from images,
 * paths or glyphs pdf.js could not turn into text; a page holding a few real words and nothing
 * else keeps its text layer. Failures are reported through `notify` and leave the page empty.
 */
export async function readPagesByOcr(
  candidates: readonly OcrCandidate[],
  renderer: PageRenderer,
  engine: OcrEngine,
  limits: OcrLimits,
  notify: (message: string) => void,
): Promise<OcrPassResult> {
  const result: OcrPassResult = { recognitions: new Map(), read: 0, failed: 0, skipped: 0 };
  let failuresInARow = 0;
  for (const [index, candidate] of candidates.entries()) {
    const stop =
      result.read >= limits.maxPages
        ? `the limit of ${limits.maxPages} OCR pages per document was reached`
        : failuresInARow >= MAX_FAILURES_IN_A_ROW
          ? `OCR failed on ${failuresInARow} pages in a row`
          : null;
    if (stop) {
      result.skipped = candidates.length - index;
      notify(
        `${stop}; ${result.skipped} more page(s) without a text layer, from page ${candidate.page}, were not read`,
      );
      break;
    }
    const signal = AbortSignal.timeout(limits.pageTimeoutMs);
    try {
      const rendered = await renderer.render(candidate.page, { ...limits, signal });
      if (!worthReading(rendered, candidate.letters)) continue;
      result.read++;
      const image = removeRuleLines(rendered.image);
      result.recognitions.set(candidate.page, await recognizeUpright(engine, image, signal));
      failuresInARow = 0;
    } catch (error) {
      result.failed++;
      failuresInARow++;
      notify(
        signal.aborted
          ? `page ${candidate.page}: OCR gave up after ${limits.pageTimeoutMs / 1000} s`
          : `page ${candidate.page}: OCR failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return result;
}

function worthReading(rendered: RenderedPage, letters: number): boolean {
  const { width, height } = rendered.image;
  if (rendered.inkPixels < width * height * MIN_INK_SHARE) return false;
  return rendered.marks.graphics || (rendered.marks.text && letters === 0);
}
