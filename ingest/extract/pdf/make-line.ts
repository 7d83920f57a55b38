import { joinFragments } from "./join-fragments";
import { isBlankFragment, type RawLine, rightEdge, type TextLine } from "./text-fragment";

/** Finishes a raw line: joined text, extent, and the size and baseline of its dominant font. */
export function makeLine(fragments: RawLine): TextLine | null {
  const content = fragments.filter((fragment) => !isBlankFragment(fragment));
  const text = joinFragments(fragments);
  if (content.length === 0 || text === "") return null;
  const charsBySize = new Map<number, number>();
  for (const fragment of content) {
    const size = roundSize(fragment.size);
    charsBySize.set(size, (charsBySize.get(size) ?? 0) + fragment.text.length);
  }
  const size = [...charsBySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const dominant = content.find((fragment) => roundSize(fragment.size) === size) ?? content[0];
  return {
    text,
    x: Math.min(...content.map((fragment) => fragment.x)),
    right: Math.max(...content.map(rightEdge)),
    y: dominant?.y ?? 0,
    size,
  };
}

/** Half-point steps: generators jitter sizes (10.98 vs 11.04) that a reader sees as one size. */
export function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}
