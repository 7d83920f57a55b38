import type { NewDocumentPage } from "@/db/queries/document-pages";
import { BLOCK_SEPARATOR } from "@/lib/documents/read-page-text";
import type { ExtractedPage } from "@/lib/domain/types";

/**
 * The text of each page as ingestion read it, with each block's offsets: the coordinate
 * system of claim spans and passage locations, and what the viewer renders for formats
 * without a page image.
 */
export function pageTexts(documentId: string, pages: ExtractedPage[]): NewDocumentPage[] {
  return pages.map((page) => {
    let text = "";
    const blocks: NewDocumentPage["blocks"] = [];
    for (const block of page.blocks) {
      if (text !== "") text += BLOCK_SEPARATOR;
      const start = text.length;
      text += block.text;
      blocks.push({
        kind: block.kind,
        ...(block.level === undefined ? {} : { level: block.level }),
        start,
        end: text.length,
      });
    }
    return { documentId, page: page.page, label: page.label ?? null, ocr: page.ocr === true, text, blocks };
  });
}
