export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Under a pixel of drift counts as the same line; a gap up to a space's width joins two runs. */
const SAME_LINE_PX = 2;
const JOIN_GAP_PX = 6;

/**
 * Joins the per-span rectangles of one line into one, so a highlight reads as a band across
 * the words rather than a row of boxes with slits between the text layer's spans.
 */
export function mergeRects(rects: readonly Rect[]): Rect[] {
  const merged: Rect[] = [];
  for (const rect of rects) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const last = merged.at(-1);
    const sameLine =
      last !== undefined &&
      Math.abs(last.top - rect.top) <= SAME_LINE_PX &&
      Math.abs(last.height - rect.height) <= SAME_LINE_PX;
    const gap = last === undefined ? Number.POSITIVE_INFINITY : rect.left - (last.left + last.width);
    if (last && sameLine && gap <= JOIN_GAP_PX && gap >= -last.width) {
      const right = Math.max(last.left + last.width, rect.left + rect.width);
      const bottom = Math.max(last.top + last.height, rect.top + rect.height);
      last.left = Math.min(last.left, rect.left);
      last.top = Math.min(last.top, rect.top);
      last.width = right - last.left;
      last.height = bottom - last.top;
    } else {
      merged.push({ ...rect });
    }
  }
  return merged;
}
