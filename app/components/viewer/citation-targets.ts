import type { AskClaim, AskSource } from "../api/types";
import { citedNumbers } from "../ask/split-citations";

/** What the viewer shows for one citation: a page and the words to highlight on it. */
export interface ViewerTarget {
  n: number;
  documentId: string;
  title: string;
  page: number;
  pageLabel?: string;
  /** Offsets into the page's stored text; null when the server sent none (then `snippet` is looked up). */
  span: { start: number; end: number } | null;
  snippet: string;
  /** Where the span came from: the clicked sentence's checked claim, the source's passage, or its snippet. */
  from: "claim" | "passage" | "snippet";
}

/**
 * The sources "Previous/Next citation" walk through: those the answer cites, in the order it
 * first cites them. A source opened that the answer does not cite (a nearest passage, an
 * uncited source) walks through all sources by number instead.
 */
export function citationOrder(answer: string, sources: readonly AskSource[], opened: number): AskSource[] {
  // A saved source whose document is gone or out of reach has no page to walk to.
  const byNumber = new Map(
    sources.filter((source) => !source.unavailable).map((source) => [source.n, source]),
  );
  const cited = citedNumbers(answer, new Set(byNumber.keys()))
    .map((n) => byNumber.get(n))
    .filter((source) => source !== undefined);
  if (cited.some((source) => source.n === opened)) return cited;
  return [...byNumber.values()].sort((a, b) => a.n - b.n);
}

/**
 * The checked sentence holding the answer's `occurrence`-th citation marker (0-based), found by
 * counting each claim's citations in answer order; null unless that claim does cite `n`.
 */
export function claimForMarker(claims: readonly AskClaim[], occurrence: number, n: number): AskClaim | null {
  let seen = 0;
  for (const claim of claims) {
    seen += claim.citations.length;
    if (occurrence < seen) return claim.citations.includes(n) ? claim : null;
  }
  return null;
}

/**
 * A claim's supporting words win when they lie in the cited source's document (they are the
 * exact words behind the sentence); otherwise the source's own passage; otherwise its snippet.
 */
export function targetFor(source: AskSource, claim: AskClaim | null): ViewerTarget {
  const base = {
    n: source.n,
    documentId: source.documentId,
    title: source.title,
    ...(source.pageLabel === undefined ? {} : { pageLabel: source.pageLabel }),
    snippet: source.snippet,
  };
  const span = claim?.span;
  if (span && span.documentId === source.documentId && span.end > span.start) {
    return { ...base, page: span.page, span: { start: span.start, end: span.end }, from: "claim" };
  }
  const passage = source.passage;
  if (passage && passage.end > passage.start) {
    return { ...base, page: passage.page, span: { start: passage.start, end: passage.end }, from: "passage" };
  }
  return { ...base, page: source.pageStart, span: null, from: "snippet" };
}

/** Claims arrive with the finished answer; a state without them (yet) simply has none. */
export function claimsOf(state: object): AskClaim[] {
  const claims: unknown = (state as { claims?: unknown }).claims;
  return Array.isArray(claims) ? (claims as AskClaim[]) : [];
}
