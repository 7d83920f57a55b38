import type { PassageLocation } from "@/lib/answer/answer-events";
import { locatePassage } from "./locate-passage";
import type { PageTextReader } from "./page-text-reader";

/** The first page of `pageStart..pageEnd` whose stored text holds the passage, with its offsets there. */
export function locateInPages(
  readPage: PageTextReader,
  where: { documentId: string; pageStart: number; pageEnd: number },
  passage: string,
): PassageLocation | null {
  for (let page = where.pageStart; page <= where.pageEnd; page++) {
    const text = readPage(where.documentId, page);
    if (text === undefined) continue;
    const range = locatePassage(text, passage);
    if (range) return { page, ...range };
  }
  return null;
}
