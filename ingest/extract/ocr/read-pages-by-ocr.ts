import type { PageRenderer, RenderedPage } from "../pdf/render-page";
import type { OcrEngine, Recognition } from "./ocr-engine";
import type { OcrLimits } from "./ocr-limits";
import { type OcrStop, ocrPageFailedNotice, ocrPageTimedOutNotice, ocrStoppedNotice } from "./ocr-notices";
import { recognizeUpright } from "./recognize-upright";
import { removeRuleLines } from "./remove-rule-lines";

/** A page whose text layer is negligible, with the letters pdf.js did find on it. */
export interface OcrCandidate {
  page: number;
  letters: number;
}

export interface OcrPassResult {
  recognitions: Map<number, Recognition>;
  /** Pages the OCR engine finished with, whether or not it found text. */
  read: number;
  /** Pages whose OCR failed or ran out of its own time. */
  failed: number;
  /** Candidates never read: a limit or the deadline was reached, or OCR kept failing. */
  skipped: number;
  /** The deadline stopped OCR with pages left unread. */
  outOfTime: boolean;
}

/** Less ink than this share of the page is a blank page or a scanner's specks. */
const MIN_INK_SHARE = 1e-4;
/** A broken engine or a document of pathological pages should not cost time on every page. */
const MAX_FAILURES_IN_A_ROW = 3;

/**
 * Renders each candidate page and reads it with the OCR engine, one page at a time, within the
 * per-page time, the per-document page limit and the deadline. A page is read only if it shows
 * ink from images, paths or glyphs pdf.js could not turn into text; a page holding a few real
 * words and nothing else keeps its text layer. Pages left unread stay empty and are reported
 * through `notify`.
 */
export async function readPagesByOcr(
  candidates: readonly OcrCandidate[],
  renderer: PageRenderer,
  engine: OcrEngine,
  limits: OcrLimits,
  notify: (message: string) => void,
): Promise<OcrPassResult> {
  const result: OcrPassResult = { recognitions: new Map(), read: 0, failed: 0, skipped: 0, outOfTime: false };
  const stopAt = (index: number, firstPage: number, stop: OcrStop) => {
    result.skipped = candidates.length - index;
    result.outOfTime = stop.kind === "deadline";
    notify(ocrStoppedNotice(stop, { unread: result.skipped, candidates: candidates.length, firstPage }));
  };
  let failuresInARow = 0;
  for (const [index, candidate] of candidates.entries()) {
    const stop = stopBeforePage(result.read, failuresInARow, limits);
    if (stop) {
      stopAt(index, candidate.page, stop);
      break;
    }
    const untilDeadline = limits.deadline - Date.now();
    // A page that would run past the deadline is cut short there: the file's own limit is near,
    // and what was read so far must get back before it.
    const cutByDeadline = untilDeadline < limits.pageTimeoutMs;
    const signal = AbortSignal.timeout(
      Math.max(0, Math.floor(Math.min(limits.pageTimeoutMs, untilDeadline))),
    );
    let reading = false;
    try {
      const rendered = await renderer.render(candidate.page, { ...limits, signal });
      if (!worthReading(rendered, candidate.letters)) continue;
      reading = true;
      const image = removeRuleLines(rendered.image);
      result.recognitions.set(candidate.page, await recognizeUpright(engine, image, signal));
      result.read++;
      failuresInARow = 0;
    } catch (error) {
      if (signal.aborted && cutByDeadline) {
        stopAt(index, candidate.page, { kind: "deadline" });
        break;
      }
      if (reading) result.read++;
      result.failed++;
      failuresInARow++;
      notify(
        signal.aborted
          ? ocrPageTimedOutNotice(candidate.page, limits.pageTimeoutMs)
          : ocrPageFailedNotice(candidate.page, error),
      );
    }
  }
  return result;
}

function stopBeforePage(read: number, failuresInARow: number, limits: OcrLimits): OcrStop | null {
  if (Date.now() >= limits.deadline) return { kind: "deadline" };
  if (read >= limits.maxPages) return { kind: "page-limit", maxPages: limits.maxPages };
  if (failuresInARow >= MAX_FAILURES_IN_A_ROW) return { kind: "failures", inARow: failuresInARow };
  return null;
}

function worthReading(rendered: RenderedPage, letters: number): boolean {
  const { width, height } = rendered.image;
  if (rendered.inkPixels < width * height * MIN_INK_SHARE) return false;
  return rendered.marks.graphics || (rendered.marks.text && letters === 0);
}
