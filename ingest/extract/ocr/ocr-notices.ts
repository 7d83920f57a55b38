/**
 * What an admin reads about pages OCR did not read: stored with the document and shown under its
 * status, so each says which pages, why, and what to change when something can be changed.
 */

/** Why OCR stopped before the last page without a text layer. */
export type OcrStop =
  | { kind: "deadline" }
  | { kind: "page-limit"; maxPages: number }
  | { kind: "failures"; inARow: number };

export interface UnreadPages {
  /** Pages not read, counted from `firstPage` to the end. */
  unread: number;
  /** Pages without a text layer in the whole document. */
  candidates: number;
  firstPage: number;
}

export function ocrStoppedNotice(stop: OcrStop, pages: UnreadPages): string {
  const unread = `${pages.unread} of ${plural(pages.candidates, "page")} without a text layer ${
    pages.unread === 1 ? "was" : "were"
  } not read (from page ${pages.firstPage})`;
  switch (stop.kind) {
    case "deadline":
      return `OCR stopped at the time limit: ${unread}; raise QUIRE_EXTRACT_TIMEOUT_S to read them all.`;
    case "page-limit":
      return `OCR stopped at its limit of ${plural(stop.maxPages, "page")} per document: ${unread}.`;
    case "failures":
      return `OCR stopped after failing on ${plural(stop.inARow, "page")} in a row: ${unread}.`;
  }
}

export function ocrPageTimedOutNotice(page: number, pageTimeoutMs: number): string {
  return `Page ${page} was not read: OCR took longer than the ${pageTimeoutMs / 1000} s allowed per page.`;
}

export function ocrPageFailedNotice(page: number, error: unknown): string {
  const cause = error instanceof Error ? error.message : String(error);
  return `Page ${page} was not read: OCR failed (${cause}).`;
}

/** Most notices a document keeps; the rest are the same kind of news about more pages. */
const MAX_NOTICES = 10;

/**
 * Keeps a long run of notices readable: the first ones and the last (which says why OCR
 * stopped, if it did), with a count of those left out between them.
 */
export function boundNotices(notices: readonly string[]): string[] {
  if (notices.length <= MAX_NOTICES) return [...notices];
  const head = notices.slice(0, MAX_NOTICES - 2);
  const left = notices.length - head.length - 1;
  return [...head, `…and ${plural(left, "similar notice")}.`, ...notices.slice(-1)];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
