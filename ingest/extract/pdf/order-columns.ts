import { isBlankFragment, type RawLine, rightEdge, type TextFragment } from "./text-fragment";

/** A gutter must be at least this wide (in font sizes) on every line it separates. */
const GUTTER_MIN_EM = 1;
const MIN_SPLIT_LINES = 4;
/** Only look for a gutter in the middle of the text area: side notes are not columns. */
const GUTTER_SEARCH_FROM = 0.3;
const GUTTER_SEARCH_TO = 0.7;
/**
 * Each side needs a good share of lines spanning most of its width (prose does; code, figure
 * labels and list items in between do not), which tells prose columns from two-column tables.
 */
const MIN_COLUMN_FILL = 0.7;
const MIN_FILLED_SHARE = 0.4;

/**
 * Reorders a page laid out in two columns so the left column is read before the right one.
 * Lines that cross the gutter (titles, full-width figures or abstracts) stay in place and
 * separate "bands"; within each band the left column comes first. Pages without a clear,
 * consistent gutter come back unchanged.
 */
export function orderColumns(lines: readonly RawLine[]): RawLine[] {
  const gutter = findGutter(lines);
  if (gutter === null) return [...lines];
  const ordered: RawLine[] = [];
  let left: RawLine[] = [];
  let right: RawLine[] = [];
  const flushBand = () => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (classify(line, gutter) === "crosses") {
      flushBand();
      ordered.push(line);
      continue;
    }
    const leftPart = line.filter((fragment) => fragment.x + fragment.width / 2 < gutter);
    const rightPart = line.filter((fragment) => fragment.x + fragment.width / 2 >= gutter);
    if (leftPart.some((fragment) => !isBlankFragment(fragment))) left.push(leftPart);
    if (rightPart.some((fragment) => !isBlankFragment(fragment))) right.push(rightPart);
  }
  flushBand();
  return ordered;
}

type Relation = "crosses" | "splits" | "one-side";

/**
 * The x of the gutter, or null when the page is not a two-column page. A candidate x scores
 * the longest run of consecutive lines that do not cross it, counted by the smaller of its
 * lines with text on the left and on the right; full-width lines above or below the columns
 * (title, authors) end a run but do not count against the gutter.
 */
export function findGutter(lines: readonly RawLine[]): number | null {
  const content = lines
    .map((line) => line.filter((fragment) => !isBlankFragment(fragment)))
    .filter((line) => line.length > 0);
  if (content.length < MIN_SPLIT_LINES) return null;
  const textLeft = Math.min(...content.map((line) => line[0]?.x ?? Number.POSITIVE_INFINITY));
  const textRight = Math.max(...content.flatMap((line) => line.map(rightEdge)));
  const width = textRight - textLeft;
  if (!(width > 0)) return null;

  let best: { x: number; score: number; runEnd: number } | null = null;
  for (let x = textLeft + GUTTER_SEARCH_FROM * width; x <= textLeft + GUTTER_SEARCH_TO * width; x += 1) {
    const score = columnRunScore(content, x);
    if (!best || score > best.score) best = { x, score, runEnd: x };
    else if (score === best.score && best.runEnd === x - 1) best.runEnd = x;
  }
  if (!best || best.score < MIN_SPLIT_LINES) return null;
  // The middle of the widest best-scoring run of x values sits in the middle of the gutter.
  const gutter = (best.x + best.runEnd) / 2;
  return sidesAreFilled(content, gutter) ? gutter : null;
}

function columnRunScore(lines: readonly RawLine[], x: number): number {
  let best = 0;
  let left = 0;
  let right = 0;
  for (const line of lines) {
    const relation = classify(line, x);
    if (relation === "crosses") {
      left = 0;
      right = 0;
      continue;
    }
    if (line.some((fragment) => rightEdge(fragment) <= x)) left++;
    if (line.some((fragment) => fragment.x >= x)) right++;
    best = Math.max(best, Math.min(left, right));
  }
  return best;
}

function classify(line: readonly TextFragment[], x: number): Relation {
  let leftEnd = Number.NEGATIVE_INFINITY;
  let rightStart = Number.POSITIVE_INFINITY;
  let size = 0;
  for (const fragment of line) {
    if (isBlankFragment(fragment)) continue;
    const end = rightEdge(fragment);
    if (fragment.x < x && end > x) return "crosses";
    if (end <= x) leftEnd = Math.max(leftEnd, end);
    else rightStart = Math.min(rightStart, fragment.x);
    size = Math.max(size, fragment.size);
  }
  if (!Number.isFinite(leftEnd) || !Number.isFinite(rightStart)) return "one-side";
  return rightStart - leftEnd >= GUTTER_MIN_EM * size ? "splits" : "crosses";
}

/**
 * Prose columns are filled: most lines span most of their column. A two-column table of short
 * labels and values is not, and must keep its rows together rather than be read column-wise.
 */
function sidesAreFilled(lines: readonly RawLine[], gutter: number): boolean {
  const leftParts: RawLine[] = [];
  const rightParts: RawLine[] = [];
  for (const line of lines) {
    if (classify(line, gutter) === "crosses") continue;
    const left = line.filter((fragment) => rightEdge(fragment) <= gutter);
    const right = line.filter((fragment) => fragment.x >= gutter);
    if (left.length > 0) leftParts.push(left);
    if (right.length > 0) rightParts.push(right);
  }
  return isFilledColumn(leftParts) && isFilledColumn(rightParts);
}

function isFilledColumn(parts: readonly RawLine[]): boolean {
  const starts = parts.map((part) => Math.min(...part.map((fragment) => fragment.x)));
  const ends = parts.map((part) => Math.max(...part.map(rightEdge)));
  const columnWidth = Math.max(...ends) - Math.min(...starts);
  const widths = parts.map((_, index) => (ends[index] ?? 0) - (starts[index] ?? 0));
  const filled = widths.filter((width) => width >= MIN_COLUMN_FILL * columnWidth).length;
  return columnWidth > 0 && filled >= MIN_FILLED_SHARE * parts.length;
}
