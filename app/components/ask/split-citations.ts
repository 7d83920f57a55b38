/**
 * Splits answer text into plain text and citation markers so that markers can be rendered
 * as buttons without ever injecting HTML. Understands "[1]", "[1, 2]", "[1][2]" and "[1-3]".
 */

export type AnswerSegment = { kind: "text"; text: string } | { kind: "citation"; n: number };

// One bracket holding numbers or short ranges separated by commas or semicolons.
const MARKER = /\[\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*[,;]\s*\d+(?:\s*[-–]\s*\d+)?)*\s*\]/g;

/** A model never cites dozens of passages in one range; a bigger span is not a citation. */
const MAX_RANGE_SPAN = 20;

function numbersInMarker(marker: string): number[] | null {
  const numbers: number[] = [];
  for (const part of marker.slice(1, -1).split(/[,;]/)) {
    const [fromText, toText] = part.split(/[-–]/).map((s) => s.trim());
    const from = Number(fromText);
    const to = toText === undefined ? from : Number(toText);
    if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > MAX_RANGE_SPAN) {
      return null;
    }
    for (let n = from; n <= to; n += 1) numbers.push(n);
  }
  return numbers;
}

function pushText(segments: AnswerSegment[], text: string): void {
  if (text === "") return;
  const last = segments.at(-1);
  if (last?.kind === "text") last.text += text;
  else segments.push({ kind: "text", text });
}

/**
 * `known` holds the source numbers the server sent; other numbers stay as literal text so a
 * stray "[7]" is never presented as a verifiable citation.
 */
export function splitCitations(text: string, known: ReadonlySet<number>): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(MARKER)) {
    const numbers = numbersInMarker(match[0]);
    if (!numbers?.some((n) => known.has(n))) continue;
    pushText(segments, text.slice(cursor, match.index));
    for (const n of numbers) {
      if (known.has(n)) segments.push({ kind: "citation", n });
      else pushText(segments, `[${n}]`);
    }
    cursor = match.index + match[0].length;
  }
  pushText(segments, text.slice(cursor));
  return segments;
}

/** Paragraphs are separated by blank lines; single newlines stay inside a paragraph. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

/** The distinct known source numbers cited anywhere in the text, in first-cited order. */
export function citedNumbers(text: string, known: ReadonlySet<number>): number[] {
  const seen = new Set<number>();
  for (const segment of splitCitations(text, known)) {
    if (segment.kind === "citation") seen.add(segment.n);
  }
  return [...seen];
}

/**
 * While tokens stream in, a marker arrives in pieces ("[", "1", "]"). Hiding an unfinished
 * one at the very end avoids a flicker of raw brackets before the button appears.
 */
export function hidePartialCitation(text: string): string {
  return text.replace(/\[[\d\s,;\-–]*$/, "");
}
