export function formatPages(pageStart: number, pageEnd: number): string {
  return pageStart === pageEnd ? `page ${pageStart}` : `pages ${pageStart}-${pageEnd}`;
}
