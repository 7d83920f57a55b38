import type { ExtractedDocument, ExtractedPage } from "@/lib/domain/types";
import { extractionError } from "./extraction-error";
import { alignNumberedHeadings } from "./pdf/align-numbered-headings";
import { buildBlocks } from "./pdf/build-blocks";
import { collectVocabulary } from "./pdf/collect-vocabulary";
import { groupLines } from "./pdf/group-lines";
import { levelCoverTitle } from "./pdf/level-cover-title";
import { makeLine } from "./pdf/make-line";
import { measureTypography } from "./pdf/measure-typography";
import { mendPageBreaks } from "./pdf/mend-page-breaks";
import { orderColumns } from "./pdf/order-columns";
import { readPdf } from "./pdf/read-pdf";
import { stripRunningLines } from "./pdf/strip-running-lines";
import type { RawLine, TextLine } from "./pdf/text-fragment";
import { toFragments } from "./pdf/to-fragments";

interface PageLayout {
  page: number;
  /** Lines in the page's main text orientation; headers, footers and columns apply to these. */
  lines: RawLine[];
  /** Lines set at another right angle (sideways tables, margin notes), read after the rest. */
  rotatedLines: RawLine[];
}

/**
 * Extracts the text of a PDF as headings and paragraphs per page, in reading order, with
 * running headers, footers and page numbers removed. Throws an UNPROCESSABLE AppError with
 * `details.reason` "encrypted", "corrupt" or "empty" (no text at all: most likely a scan).
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const layouts: PageLayout[] = [];
  const { pageCount, title } = await readPdf(bytes, (page, items) => {
    const [main = [], ...others] = toFragments(items);
    layouts.push({
      page,
      lines: groupLines(main),
      rotatedLines: others.flatMap((group) => groupLines(group)),
    });
  });

  const linesByPage = readingOrderLines(layouts);
  const allLines = [...linesByPage.values()].flat();
  if (allLines.length === 0) {
    throw extractionError("empty", `PDF with ${pageCount} page(s) contains no extractable text`);
  }
  // Sizes and spellings are judged over the whole document so every page is read alike.
  const typography = measureTypography(allLines);
  const vocabulary = collectVocabulary(allLines);
  let pages: ExtractedPage[] = Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    blocks: buildBlocks(linesByPage.get(index + 1) ?? [], typography, vocabulary),
  }));
  pages = alignNumberedHeadings(pages);
  pages = levelCoverTitle(pages);
  pages = mendPageBreaks(pages, vocabulary);
  return { pages, ...(title ? { title } : {}) };
}

/** Each page's finished lines in reading order, without running headers and footers. */
function readingOrderLines(layouts: readonly PageLayout[]): Map<number, TextLine[]> {
  const stripped = stripRunningLines(layouts.map((layout) => layout.lines));
  const linesByPage = new Map<number, TextLine[]>();
  layouts.forEach((layout, index) => {
    const ordered = [...orderColumns(stripped[index] ?? []), ...layout.rotatedLines];
    linesByPage.set(
      layout.page,
      ordered.map((line) => makeLine(line)).filter((line) => line !== null),
    );
  });
  return linesByPage;
}
