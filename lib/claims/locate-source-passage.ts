import type { PassageLocation } from "@/lib/answer/answer-events";
import { locateInPages } from "./locate-in-pages";
import type { PageTextReader } from "./page-text-reader";
import { splitSentences } from "./split-sentences";

/** About the first paragraph of a passage: enough to show where it starts, short enough to fit one page. */
const PASSAGE_HEAD_CHARS = 300;

function head(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.search(/\s\S*$/);
  return lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
}

/**
 * Where a retrieved chunk begins on its first page, in the stored page text: the viewer
 * highlights it when a citation has no claim span. Tries the chunk's opening ~300 characters,
 * then its first block, then its first sentence (a chunk may start at the foot of a page, so a
 * longer opening runs onto the next); null when the page text is missing or differs.
 */
export function locateSourcePassage(
  readPage: PageTextReader,
  source: { documentId: string; pageStart: number; text: string },
): PassageLocation | null {
  const text = source.text.trim();
  const firstBlock = text.split(/\n\s*\n/)[0] ?? "";
  const firstSentence = splitSentences(text)[0]?.text ?? "";
  const page = { documentId: source.documentId, pageStart: source.pageStart, pageEnd: source.pageStart };
  for (const needle of new Set([
    head(text, PASSAGE_HEAD_CHARS),
    head(firstBlock, PASSAGE_HEAD_CHARS),
    firstSentence,
  ])) {
    if (needle === "") continue;
    const location = locateInPages(readPage, page, needle);
    if (location) return location;
  }
  return null;
}

/** `{ passage }` for a source view, or nothing when the chunk cannot be placed on its page. */
export function sourcePassage(
  readPage: PageTextReader,
  hit: { documentId: string; pageStart: number; text: string },
): { passage?: PassageLocation } {
  const passage = locateSourcePassage(readPage, hit);
  return passage ? { passage } : {};
}
