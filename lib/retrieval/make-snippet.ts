import { contentTerms, lightStem, tokenizeWords, type WordToken } from "./query-terms";

const ELLIPSIS = "…";

interface Span {
  start: number;
  end: number;
}

/**
 * The span of matches packing the most distinct query terms into `budget`
 * characters; more matches in total breaks a tie, then the earliest span.
 */
function densestSpan(matches: WordToken[], budget: number): Span | null {
  let best: { span: Span; distinct: number; total: number } | null = null;
  for (let first = 0; first < matches.length; first++) {
    const start = matches[first]?.start ?? 0;
    const terms = new Set<string>();
    let end = start;
    let total = 0;
    for (let last = first; last < matches.length; last++) {
      const match = matches[last];
      if (!match || match.end - start > budget) break;
      terms.add(lightStem(match.word));
      end = match.end;
      total++;
    }
    if (!best || terms.size > best.distinct || (terms.size === best.distinct && total > best.total)) {
      best = { span: { start, end }, distinct: terms.size, total };
    }
  }
  return best?.span ?? null;
}

/** Grows the span evenly on both sides to the budget, then trims to whole words. */
function windowAround(text: string, span: Span, budget: number): Span {
  const slack = Math.max(0, budget - (span.end - span.start));
  let start = Math.max(0, span.start - Math.floor(slack / 2));
  let end = Math.min(text.length, start + budget);
  start = Math.max(0, end - budget);

  if (start > 0) {
    const nextSpace = text.indexOf(" ", start - 1);
    if (nextSpace >= 0 && nextSpace < span.start) start = nextSpace + 1;
  }
  if (end < text.length) {
    const lastSpace = text.lastIndexOf(" ", end);
    if (lastSpace > Math.max(start, span.end - 1)) end = lastSpace;
  }
  return { start, end };
}

/**
 * A passage of at most `maxChars` characters around the densest cluster of query
 * words, cut at word boundaries and marked with ellipses where text was left out.
 */
export function makeSnippet(text: string, query: string, maxChars = 240): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxChars) return clean;
  // Room for an ellipsis on each side keeps the result within maxChars.
  const budget = maxChars - 2 * ELLIPSIS.length;
  if (budget < 1) return clean.slice(0, Math.max(0, maxChars));

  const terms = new Set(contentTerms(query));
  const matches = tokenizeWords(clean).filter((token) => terms.has(lightStem(token.word)));
  const span = densestSpan(matches, budget) ?? { start: 0, end: 0 };
  const window = windowAround(clean, span, budget);

  const body = clean.slice(window.start, window.end).trim();
  const prefix = window.start > 0 ? ELLIPSIS : "";
  const suffix = window.end < clean.length ? ELLIPSIS : "";
  return `${prefix}${body}${suffix}`;
}
