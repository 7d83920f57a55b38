/**
 * Rows indexed per sheet (or CSV file). Beyond this a table is data, not prose: the rest would
 * add thousands of near-identical chunks that drown out everything else in search results.
 */
export const MAX_ROWS_PER_SHEET = 20_000;

/**
 * The paragraph that says a table was cut, so readers of the chunks know rows are missing.
 * The total is given when it is known without reading the whole table.
 */
export function truncationNotice(keptRows: number, totalRows?: number): string {
  const kept = keptRows.toLocaleString("en-US");
  const total = totalRows === undefined ? "" : ` of ${totalRows.toLocaleString("en-US")}`;
  return `(Only the first ${kept}${total} rows were indexed.)`;
}

const NOTICE = /^\(Only the first [\d,]+( of [\d,]+)? rows were indexed\.\)$/;

/** Whether a cell holds a notice written by truncationNotice (when a sheet was cut before parsing). */
export function isTruncationNotice(text: string): boolean {
  return NOTICE.test(text);
}
