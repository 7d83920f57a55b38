/** "p. 4" for one page, "pp. 4–5" for a span (en dash, as in printed references). */
export function formatPages(pageStart: number, pageEnd: number): string {
  if (pageEnd <= pageStart) return `p. ${pageStart}`;
  return `pp. ${pageStart}–${pageEnd}`;
}

/** The original file, opened at a page; Chromium's PDF viewer honours `#page=N`. */
export function documentFileHref(documentId: string, page?: number): string {
  const base = `/api/documents/${encodeURIComponent(documentId)}/file`;
  return page === undefined ? base : `${base}#page=${page}`;
}
