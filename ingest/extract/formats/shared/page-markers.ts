import type { ExtractedPage, TextBlock } from "@/lib/domain/types";

/**
 * Stands in for a page break inside extracted text: private-use characters that survive HTML
 * conversion and whitespace collapsing, and that no real document spells this way.
 */
export const PAGE_MARKER = "\uE000page\uE001";

/**
 * Distributes blocks over pages at PAGE_MARKERs. A block is cited on the page where its text
 * starts: markers before any of its text move it (and what follows) to the next page, markers
 * after some text move only what follows. Pages left without text are omitted.
 */
export function splitPagesAtMarkers(blocks: readonly TextBlock[]): ExtractedPage[] {
  const pages: ExtractedPage[] = [];
  let page = 1;
  const pageFor = (number: number) => {
    const last = pages.at(-1);
    if (last?.page === number) return last;
    const created: ExtractedPage = { page: number, blocks: [] };
    pages.push(created);
    return created;
  };
  for (const block of blocks) {
    const parts = block.text.split(PAGE_MARKER);
    let leading = true;
    let breaksAfter = 0;
    parts.forEach((part, index) => {
      if (index > 0) {
        if (leading) page++;
        else breaksAfter++;
      }
      if (part.trim() !== "") leading = false;
    });
    const text = parts.join("").trim();
    if (text) pageFor(page).blocks.push({ ...block, text });
    page += breaksAfter;
  }
  return pages;
}
