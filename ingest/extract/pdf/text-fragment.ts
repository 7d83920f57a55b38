/**
 * A run of text pdf.js drew in one go, moved into a frame where its text flows left to right
 * and y grows upward (PDF user space, rotated for vertical or upside-down text).
 */
export interface TextFragment {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width along the text direction. */
  width: number;
  /** Font size in user-space units (the glyph height pdf.js reports). */
  size: number;
}

/** Fragments sharing one baseline, sorted left to right. */
export type RawLine = TextFragment[];

/** A finished line: its text joined with word spacing restored, plus the geometry paragraphs need. */
export interface TextLine {
  text: string;
  x: number;
  right: number;
  y: number;
  /** Dominant font size, weighted by characters. */
  size: number;
}

export function isBlankFragment(fragment: TextFragment): boolean {
  return fragment.text.trim() === "";
}

export function rightEdge(fragment: TextFragment): number {
  return fragment.x + fragment.width;
}
