/** "[1]", "[1, 2]", "[1-3]", "[1; 4]": the markers an answer cites sources with. */
const MARKER = /\[\s*(\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*)\s*\]/g;

/** The source numbers a sentence cites, in first-cited order, without duplicates. */
export function citationsIn(text: string): number[] {
  const seen = new Set<number>();
  for (const match of text.matchAll(MARKER)) {
    for (const part of (match[1] ?? "").split(/[,;]/)) {
      const [from, to] = part.split(/[-–]/).map((value) => Number.parseInt(value.trim(), 10));
      if (from === undefined || Number.isNaN(from)) continue;
      const last = to === undefined || Number.isNaN(to) ? from : Math.min(to, from + 20);
      for (let n = from; n <= last; n += 1) seen.add(n);
    }
  }
  return [...seen];
}

/** The sentence without its markers, so "[2]" is never read as the number 2. */
export function withoutCitationMarkers(text: string): string {
  return text.replace(MARKER, " ");
}
