/** "p. 4" for one page, "pp. 4–5" for a span (en dash, as in printed references). */
export function formatPages(pageStart: number, pageEnd: number): string {
  if (pageEnd <= pageStart) return `p. ${pageStart}`;
  return `pp. ${pageStart}–${pageEnd}`;
}

interface Located {
  documentId: string;
  pageStart: number;
  pageEnd: number;
  pageLabel?: string;
}

/** Where a reader finds the passage: a slide or sheet by its name, otherwise the printed page(s). */
export function formatLocation(source: Omit<Located, "documentId">): string {
  return source.pageLabel ?? formatPages(source.pageStart, source.pageEnd);
}

/** The original file, opened at a page; Chromium's PDF viewer honours `#page=N`. */
export function documentFileHref(documentId: string, page?: number): string {
  const base = `/api/documents/${encodeURIComponent(documentId)}/file`;
  return page === undefined ? base : `${base}#page=${page}`;
}

/** Only PDFs have pages to jump to; a labelled passage (a slide, a sheet) opens the file itself. */
export function sourceFileHref(source: Located): string {
  return documentFileHref(source.documentId, source.pageLabel === undefined ? source.pageStart : undefined);
}
