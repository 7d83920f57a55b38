import { joinFragments } from "./join-fragments";
import type { RawLine } from "./text-fragment";

/** How many lines at the top and at the bottom of a page can be running headers or footers. */
const EDGE_LINES = 3;
/** A header must recur on at least this share of pages (and on two pages at least). */
const MIN_SHARE_OF_PAGES = 0.5;
/** "7", "- 7 -", "Page 7 of 30", "7/30", "xii" (strict roman numerals, so "mild" is not one). */
const PAGE_NUMBER =
  /^(?:page\s*)?[-–—(]?\s*(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

interface EdgeLine {
  line: RawLine;
  text: string;
  key: string;
}

/**
 * Removes running headers and footers and bare page numbers. A running line is one of the
 * first or last lines of a page and recurs, digits aside, on most pages. Its height is not
 * compared: real documents move footers between sections. A line starting in lowercase is
 * the end of a sentence ("records."), however often it recurs, and is kept.
 * Left in, running lines would be glued into paragraphs and repeat in every chunk.
 */
export function stripRunningLines(pages: readonly RawLine[][]): RawLine[][] {
  const edgesByPage = pages.map(edgeLines);
  const pageCountByKey = new Map<string, number>();
  for (const edges of edgesByPage) {
    for (const key of new Set(edges.map((edge) => edge.key))) {
      pageCountByKey.set(key, (pageCountByKey.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(2, Math.ceil(MIN_SHARE_OF_PAGES * pages.length));
  const isRunning = (edge: EdgeLine) =>
    PAGE_NUMBER.test(edge.text) ||
    ((pageCountByKey.get(edge.key) ?? 0) >= threshold && !/^\p{Ll}/u.test(edge.text));
  return pages.map((lines, page) => {
    const edges = edgesByPage[page] ?? [];
    const running = edges.filter(isRunning);
    // A page made only of "running" lines has no body for them to run around: it is the body
    // ("Document 1: Page 1", a chart's repeated axis labels).
    const toRemove =
      running.length === contentLineCount(lines)
        ? running.filter((edge) => PAGE_NUMBER.test(edge.text))
        : running;
    const removed = new Set(toRemove.map((edge) => edge.line));
    return lines.filter((line) => !removed.has(line));
  });
}

function contentLineCount(lines: readonly RawLine[]): number {
  return lines.filter((line) => joinFragments(line) !== "").length;
}

function edgeLines(lines: readonly RawLine[]): EdgeLine[] {
  const content = lines
    .map((line) => ({ line, text: joinFragments(line) }))
    .filter((entry) => entry.text !== "")
    .map(({ line, text }) => ({ line, text, key: keyOf(text) }));
  if (content.length <= EDGE_LINES * 2) return content;
  return [...content.slice(0, EDGE_LINES), ...content.slice(-EDGE_LINES)];
}

/** Page numbers and dates change from page to page; the rest of a running line does not. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}
