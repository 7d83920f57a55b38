import type { TextBlock } from "@/lib/domain/types";
import { detectInlineHeadingBreak, inlineHeadingDepth } from "./detect-inline-heading";
import { joinLines, type Vocabulary } from "./join-lines";
import { looksLikeHeadingText, type Typography } from "./measure-typography";
import type { TextLine } from "./text-fragment";

/** Gaps this much larger than the usual line pitch separate paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.3;
const PARAGRAPH_GAP_MIN_EM = 0.3;
/** A first line indented by this much (in font sizes) after a finished sentence starts a paragraph. */
const INDENT_EM = 0.8;
/** A line ending a sentence this far short of the column's right edge ends its paragraph. */
const SHORT_LINE_SHARE = 0.15;
const MAX_HEADING_CHARS = 200;
const MAX_HEADING_LINES = 3;
const LIST_MARKER = /^(?:[•·▪▫◦‣⁃●○■□➢►✓✔*–—-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\(?[ivx]{1,4}\)\s)/u;

interface Draft {
  lines: TextLine[];
  text: string;
  headingLevel: number | undefined;
}

interface Column {
  left: number;
  right: number;
}

/**
 * Turns one page's lines, already in reading order, into paragraphs and headings. Lines join
 * into a paragraph until a larger vertical gap, an indent after a finished sentence, a short
 * last line, a list marker, a change of font size or a jump to a new column ends it.
 */
export function buildBlocks(
  lines: readonly TextLine[],
  typography: Typography,
  vocabulary: Vocabulary,
): TextBlock[] {
  const content = lines.filter((line) => /[\p{L}\p{N}]/u.test(line.text));
  const pitch = typicalPitch(content) ?? typography.bodySize * 1.2;
  const blocks: TextBlock[] = [];
  let draft: Draft | null = null;
  let column: Column | null = null;

  const headingLevels = sizeHeadingLevels(content, typography);
  content.forEach((line, index) => {
    const headingLevel = headingLevels[index];
    const previous = draft?.lines[draft.lines.length - 1];
    const movedUp = previous !== undefined && line.y > previous.y + 0.5 * line.size;
    column = movedUp || column === null ? { left: line.x, right: line.right } : widen(column, line);
    if (draft && previous && continues(draft, previous, line, headingLevel, { pitch, column, movedUp })) {
      draft.text = joinLines(draft.text, line.text, vocabulary);
      draft.lines.push(line);
    } else {
      if (draft) blocks.push(finish(draft, typography));
      draft = { lines: [line], text: line.text, headingLevel };
    }
  });
  if (draft) blocks.push(finish(draft, typography));
  return blocks;
}

function continues(
  draft: Draft,
  previous: TextLine,
  line: TextLine,
  headingLevel: number | undefined,
  layout: { pitch: number; column: Column; movedUp: boolean },
): boolean {
  if (draft.headingLevel !== headingLevel) return false;
  const gap = previous.y - line.y;
  if (headingLevel !== undefined) {
    return !layout.movedUp && gap <= 1.7 * line.size && draft.lines.length < MAX_HEADING_LINES;
  }
  if (Math.abs(line.size - previous.size) > 0.1 * Math.max(line.size, previous.size)) return false;
  // A paragraph runs on into the next column only mid-sentence.
  if (layout.movedUp) return !endsSentence(previous.text) && /^\p{Ll}/u.test(line.text);
  if (gap > Math.max(layout.pitch * PARAGRAPH_GAP_RATIO, layout.pitch + PARAGRAPH_GAP_MIN_EM * line.size)) {
    return false;
  }
  if (LIST_MARKER.test(line.text)) return false;
  if (draft.lines.length === 1 && detectInlineHeadingBreak(previous.text, line.text)) return false;
  if (!endsSentence(previous.text)) return true;
  if (line.x - previous.x > INDENT_EM * line.size) return false;
  const width = layout.column.right - layout.column.left;
  return previous.right >= layout.column.right - Math.max(SHORT_LINE_SHARE * width, 2 * line.size);
}

function finish(draft: Draft, typography: Typography): TextBlock {
  const text = draft.text.trim();
  if (draft.headingLevel !== undefined) {
    return text.length <= MAX_HEADING_CHARS
      ? { kind: "heading", level: draft.headingLevel, text }
      : { kind: "paragraph", text };
  }
  const depth = draft.lines.length === 1 ? inlineHeadingDepth(text) : null;
  if (depth === null) return { kind: "paragraph", text };
  return { kind: "heading", level: Math.min(typography.headingLevelBySize.size + depth, 6), text };
}

/**
 * The heading level each line's size suggests, except that a run of more than a few
 * heading-size lines is text set large (an abstract, a cover blurb), not a heading.
 */
function sizeHeadingLevels(lines: readonly TextLine[], typography: Typography): (number | undefined)[] {
  const levels = lines.map((line) =>
    looksLikeHeadingText(line.text) ? typography.headingLevelBySize.get(line.size) : undefined,
  );
  let runStart = 0;
  for (let index = 1; index <= lines.length; index++) {
    const line = lines[index];
    const previous = lines[index - 1];
    const sameRun =
      line !== undefined &&
      previous !== undefined &&
      levels[index] !== undefined &&
      levels[index] === levels[index - 1] &&
      previous.y - line.y > 0 &&
      previous.y - line.y <= 1.7 * line.size;
    if (sameRun) continue;
    if (index - runStart > MAX_HEADING_LINES) levels.fill(undefined, runStart, index);
    runStart = index;
  }
  return levels;
}

/** The median distance between consecutive baselines of same-size lines on this page. */
function typicalPitch(lines: readonly TextLine[]): number | null {
  const pitches: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1];
    const line = lines[index];
    if (!previous || !line || Math.abs(previous.size - line.size) > 0.1 * line.size) continue;
    const gap = previous.y - line.y;
    if (gap > 0.5 * line.size && gap < 3 * line.size) pitches.push(gap);
  }
  if (pitches.length === 0) return null;
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)] ?? null;
}

function endsSentence(text: string): boolean {
  return /[.!?:;]["'”’)\]]*$/u.test(text);
}

function widen(column: Column, line: TextLine): Column {
  return { left: Math.min(column.left, line.x), right: Math.max(column.right, line.right) };
}
