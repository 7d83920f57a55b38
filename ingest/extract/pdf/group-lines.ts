import type { RawLine, TextFragment } from "./text-fragment";

/** Baselines closer than this fraction of the font size belong to the same line. */
const SAME_BASELINE_EM = 0.35;
/** A run this much smaller than its neighbour line, and overlapping it, is a super/subscript. */
const SCRIPT_SIZE_RATIO = 0.85;
const SCRIPT_MAX_RISE_EM = 0.6;

/**
 * Groups fragments into lines by baseline, top to bottom, each sorted left to right. Content
 * stream order is ignored on purpose: many generators draw headers, footers or table cells out
 * of reading order. Lines spanning two columns are kept whole here; columns are split later.
 */
export function groupLines(fragments: readonly TextFragment[]): RawLine[] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; fragments: TextFragment[] }[] = [];
  for (const fragment of sorted) {
    const current = lines[lines.length - 1];
    // The smaller size sets the tolerance so a large heading never swallows the line below it.
    if (current && current.y - fragment.y <= SAME_BASELINE_EM * Math.min(current.size, fragment.size)) {
      current.fragments.push(fragment);
    } else {
      lines.push({ y: fragment.y, size: fragment.size, fragments: [fragment] });
    }
  }
  return mergeScripts(lines.map((line) => line.fragments)).map(sortAndDedupe);
}

/** Folds superscript and subscript runs (footnote marks, "m²", chemical formulas) into their line. */
function mergeScripts(lines: RawLine[]): RawLine[] {
  const result: RawLine[] = [];
  for (const line of lines) {
    const previous = result[result.length - 1];
    if (previous && isScriptOf(previous, line)) {
      result[result.length - 1] = [...previous, ...line];
    } else if (previous && isScriptOf(line, previous)) {
      previous.push(...line);
    } else {
      result.push(line);
    }
  }
  return result;
}

/** Whether `script` (a line just above or below `body`) is a small run riding on `body`. */
function isScriptOf(script: RawLine, body: RawLine): boolean {
  const scriptSize = maxSize(script);
  const bodySize = maxSize(body);
  if (scriptSize > SCRIPT_SIZE_RATIO * bodySize) return false;
  const rise = baseline(script) - baseline(body);
  if (Math.abs(rise) > SCRIPT_MAX_RISE_EM * bodySize) return false;
  return charCount(script) <= Math.max(12, 0.3 * charCount(body));
}

function sortAndDedupe(line: RawLine): RawLine {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  // Fake bold draws the same run twice, a hair apart; keep one copy.
  return sorted.filter((fragment, index) => {
    const previous = sorted[index - 1];
    return !(previous && previous.text === fragment.text && fragment.x - previous.x < 0.3 * fragment.size);
  });
}

function maxSize(line: RawLine): number {
  return line.reduce((max, fragment) => Math.max(max, fragment.size), 0);
}

function baseline(line: RawLine): number {
  return line[0]?.y ?? 0;
}

function charCount(line: RawLine): number {
  return line.reduce((sum, fragment) => sum + fragment.text.trim().length, 0);
}
