/** How much OCR one document may cost. */
export interface OcrLimits {
  /** Rendering resolution: 300 dpi suits tesseract for body text down to about 8 pt. */
  dpi: number;
  /** Longest side of a rendered page, so a poster-sized page cannot exhaust memory. */
  maxSidePx: number;
  /** Render and recognition time for one page, orientation retries included. */
  pageTimeoutMs: number;
  /** Pages read by OCR per document; later pages without text stay empty. */
  maxPages: number;
}

export const DEFAULT_OCR_LIMITS: OcrLimits = {
  dpi: 300,
  maxSidePx: 4000,
  pageTimeoutMs: 60_000,
  maxPages: 200,
};
