import type { ExtractedPage } from "@/lib/domain/types";

/** What a chunk inherits from the pages its text comes from. */
export interface PageFacts {
  label?: string;
  ocr: boolean;
}

export type PageFactsByNumber = ReadonlyMap<number, PageFacts>;

/** Pages by number; should a number repeat, the first label wins and OCR on either counts. */
export function pageFactsByNumber(pages: readonly ExtractedPage[]): PageFactsByNumber {
  const facts = new Map<number, PageFacts>();
  for (const page of pages) {
    const known = facts.get(page.page);
    const label = known?.label ?? (page.label?.trim() || undefined);
    const ocr = (known?.ocr ?? false) || page.ocr === true;
    facts.set(page.page, label ? { label, ocr } : { ocr });
  }
  return facts;
}

/**
 * A chunk is found where it starts, so it takes its first page's label; it is marked OCR when
 * any of its text (repeated overlap included) was read by OCR, since that text may hold
 * recognition errors wherever in the chunk it sits.
 */
export function chunkPageFacts(
  pageNumbers: readonly number[],
  facts: PageFactsByNumber,
): { pageLabel?: string; ocr: boolean } {
  const label = facts.get(Math.min(...pageNumbers))?.label;
  const ocr = pageNumbers.some((page) => facts.get(page)?.ocr === true);
  return label ? { pageLabel: label, ocr } : { ocr };
}
