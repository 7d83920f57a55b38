/** Matches `[1]`, `[1, 2]`, `[1,2,3]` and `[1-3]`; `[1][2]` is two matches. */
const MARKER = /\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/g;

function expand(group: string): number[] {
  const numbers: number[] = [];
  for (const part of group.split(",")) {
    const range = part.split(/[–-]/).map((p) => Number.parseInt(p.trim(), 10));
    const [from, to] = range;
    if (from === undefined || Number.isNaN(from)) continue;
    if (to === undefined || Number.isNaN(to)) numbers.push(from);
    else for (let n = from; n <= Math.min(to, from + 50); n += 1) numbers.push(n);
  }
  return numbers;
}

/** Source numbers cited in `text` that exist among `sourceCount` sources, in first-cited order. */
export function parseCitations(text: string, sourceCount: number): number[] {
  const seen = new Set<number>();
  for (const match of text.matchAll(MARKER)) {
    for (const n of expand(match[1] ?? "")) if (n >= 1 && n <= sourceCount) seen.add(n);
  }
  return [...seen];
}

/** Removes numbers that point at no source (the model invented them); drops markers left empty. */
export function dropUnknownCitations(text: string, sourceCount: number): string {
  return text
    .replace(MARKER, (_whole, group: string) => {
      const known = [...new Set(expand(group).filter((n) => n >= 1 && n <= sourceCount))];
      return known.length === 0 ? "" : `[${known.join(", ")}]`;
    })
    .replace(/ +([.,;:])/g, "$1")
    .replace(/ {2,}/g, " ");
}
