import { PLACEHOLDER_REGEX } from "./patterns";

export interface Span {
  start: number;
  end: number;
}

/** Spans of placeholders already present, e.g. in a chunk that was masked before it was indexed. */
export function findPlaceholders(text: string): Span[] {
  return Array.from(text.matchAll(PLACEHOLDER_REGEX), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
