import type { TextFragment } from "./text-fragment";

/** The parts of a pdf.js TextItem layout needs (kept structural so tests need no pdf.js). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Text more than this far from a right angle is almost always a watermark ("DRAFT"). */
const MAX_SKEW_DEGREES = 3;

/**
 * Converts pdf.js items into fragments, one group per text orientation, the group with the
 * most characters first. Rotated text (tables printed sideways, margin notes) is laid out in
 * its own frame so its lines are still assembled correctly; skewed text is dropped.
 */
export function toFragments(items: readonly PdfTextItem[]): TextFragment[][] {
  const groups = new Map<number, { fragments: TextFragment[]; chars: number }>();
  for (const item of items) {
    if (item.str === "") continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const degrees = (Math.atan2(b, a) * 180) / Math.PI;
    const quarter = Math.round(degrees / 90);
    if (Math.abs(degrees - quarter * 90) > MAX_SKEW_DEGREES) continue;
    const size = Math.hypot(c, d) || item.height;
    if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    const orientation = ((quarter % 4) + 4) % 4;
    const [x, y] = rotateIntoTextFrame(e, f, orientation);
    const group = groups.get(orientation) ?? { fragments: [], chars: 0 };
    group.fragments.push({ text: cleanText(item.str), x, y, width: Math.abs(item.width), size });
    group.chars += item.str.trim().length;
    groups.set(orientation, group);
  }
  return [...groups.values()].sort((left, right) => right.chars - left.chars).map((group) => group.fragments);
}

/**
 * Control characters are never text. Fonts with broken encodings emit them for glyphs, most
 * often for the space ("Overview\u0002of\u0002the"), so they become spaces rather than vanish.
 */
function cleanText(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, " ");
}

/** Rotates a point by -orientation * 90 degrees so that text of that orientation reads left to right. */
function rotateIntoTextFrame(x: number, y: number, orientation: number): [number, number] {
  switch (orientation) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}
