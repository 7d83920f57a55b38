/** PDF user space has 72 units to the inch. */
const POINTS_PER_INCH = 72;

export interface RenderSize {
  /** pdf.js viewport scale. */
  scale: number;
  width: number;
  height: number;
  /** The resolution actually used, lower than asked where the page is too large. */
  dpi: number;
}

/**
 * Pixel size for rendering a page at `dpi`, shrunk so that its longer side stays within
 * `maxSidePx`: a poster-sized page at 300 dpi would need gigabytes of canvas.
 */
export function renderSize(
  pageWidth: number,
  pageHeight: number,
  limits: { dpi: number; maxSidePx: number },
): RenderSize {
  const longest = Math.max(pageWidth, pageHeight, Number.EPSILON);
  const scale = Math.min(limits.dpi / POINTS_PER_INCH, limits.maxSidePx / longest);
  return {
    scale,
    width: Math.max(1, Math.round(pageWidth * scale)),
    height: Math.max(1, Math.round(pageHeight * scale)),
    dpi: Math.round(scale * POINTS_PER_INCH),
  };
}
