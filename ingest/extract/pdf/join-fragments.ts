import { rightEdge, type TextFragment } from "./text-fragment";

/**
 * A gap wider than this fraction of the font size is a word space. Kerning and letter spacing
 * stay well below it (under 0.1 em); the narrowest justified word spaces stay above it (~0.2 em).
 */
const WORD_GAP_EM = 0.15;

/**
 * Joins the fragments of one line (sorted left to right) into text, restoring spaces that the
 * PDF expressed only as positioning and never inserting one inside a word.
 */
export function joinFragments(fragments: readonly TextFragment[]): string {
  let text = "";
  let previous: TextFragment | undefined;
  for (const fragment of fragments) {
    if (previous && needsSpace(previous, fragment, text)) text += " ";
    text += fragment.text;
    previous = fragment;
  }
  return text.replace(/\s+/g, " ").trim();
}

function needsSpace(previous: TextFragment, next: TextFragment, textSoFar: string): boolean {
  if (/\s$/.test(textSoFar) || /^\s/.test(next.text)) return false;
  const gap = next.x - rightEdge(previous);
  return gap > WORD_GAP_EM * Math.min(previous.size, next.size);
}
