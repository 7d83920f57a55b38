/** How much OCR one document may cost. */
export interface OcrLimits {
  /** Rendering resolution: 300 dpi suits tesseract for body text down to about 8 pt. */
  dpi: number;
  /** Longest side of a rendered page, so a poster-sized page cannot exhaust memory. */
  maxSidePx: number;
  /**
   * Render and recognition time for one page, orientation retries included. Well below the
   * per-file time limit, so one stubborn page cannot use up the time every other page needs.
   */
  pageTimeoutMs: number;
  /** Pages read by OCR per document; later pages without text stay empty. */
  maxPages: number;
  /**
   * Epoch ms after which OCR starts no page and stops the one it is reading; pages not read stay
   * empty and the rest of the document is kept. Infinity when nothing bounds the extraction.
   */
  deadline: number;
}

export const DEFAULT_OCR_LIMITS: OcrLimits = {
  dpi: 300,
  maxSidePx: 4000,
  pageTimeoutMs: 20_000,
  maxPages: 200,
  deadline: Number.POSITIVE_INFINITY,
};

/**
 * Share of the per-file time limit OCR may use. The rest is headroom for laying out the pages
 * and handing them back before the thread is stopped, which would lose the whole file.
 */
const OCR_SHARE_OF_TIME_LIMIT = 0.75;

/** When OCR must stop for a file whose extraction began at `startedAt` and may take `timeLimitMs`. */
export function ocrDeadline(startedAt: number, timeLimitMs: number): number {
  return startedAt + timeLimitMs * OCR_SHARE_OF_TIME_LIMIT;
}
