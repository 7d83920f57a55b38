import type { ExtractedDocument, ExtractedPage, TextBlock } from "@/lib/domain/types";
import { noTextError } from "./ocr/no-text-error";
import { ocrCandidates } from "./ocr/ocr-candidates";
import type { OcrEngine, Recognition } from "./ocr/ocr-engine";
import { DEFAULT_OCR_LIMITS, type OcrLimits } from "./ocr/ocr-limits";
import { boundNotices } from "./ocr/ocr-notices";
import { type OcrPassResult, readPagesByOcr } from "./ocr/read-pages-by-ocr";
import { recognitionToBlocks, recognizedLineTexts } from "./ocr/recognition-to-blocks";
import { createTesseractEngine } from "./ocr/tesseract-engine";
import { alignNumberedHeadings } from "./pdf/align-numbered-headings";
import { buildBlocks } from "./pdf/build-blocks";
import { collectVocabulary } from "./pdf/collect-vocabulary";
import { groupLines } from "./pdf/group-lines";
import type { Vocabulary } from "./pdf/join-lines";
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

export interface ExtractPdfOptions {
  /**
   * Reads pages that have no text layer (scans). By default tesseract.js, started only when such
   * a page is met and stopped before extractPdf returns; an engine passed in stays the caller's
   * to close; `false` leaves those pages empty.
   */
  ocr?: OcrEngine | false;
  ocrLimits?: Partial<OcrLimits>;
  /**
   * Also hears about pages OCR could not read (deadline, page limit, errors) as they happen;
   * by default they are logged. Either way they come back as the document's `notices`.
   */
  onNotice?: (message: string) => void;
}

/**
 * Extracts the text of a PDF as headings and paragraphs per page, in reading order, with
 * running headers, footers and page numbers removed. Pages without a text layer that show
 * something (a scan, outlined text) are rendered and read by OCR, as paragraphs marked
 * `ocr: true`; pages OCR left unread are listed in `notices`. Throws an UNPROCESSABLE AppError
 * with `details.reason` "encrypted", "corrupt", "empty" (no text at all, not even by OCR) or
 * "timed_out" (no text before OCR's deadline).
 */
export async function extractPdf(
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<ExtractedDocument> {
  const ownEngine = options.ocr === undefined ? createTesseractEngine() : null;
  const notices: string[] = [];
  const tell = options.onNotice ?? ((message) => console.warn(`[quire] PDF OCR: ${message}`));
  const settings: OcrSettings = {
    engine: ownEngine ?? (options.ocr || null),
    limits: { ...DEFAULT_OCR_LIMITS, ...options.ocrLimits },
    notify: (message) => {
      notices.push(message);
      tell(message);
    },
  };
  try {
    const document = await extractPdfWith(bytes, settings);
    return notices.length > 0 ? { ...document, notices: boundNotices(notices) } : document;
  } finally {
    await ownEngine?.close();
  }
}

interface OcrSettings {
  engine: OcrEngine | null;
  limits: OcrLimits;
  notify: (message: string) => void;
}

async function extractPdfWith(
  bytes: Uint8Array,
  { engine, limits, notify }: OcrSettings,
): Promise<ExtractedDocument> {
  const layouts: PageLayout[] = [];
  let linesByPage = new Map<number, TextLine[]>();
  // Filled in while the document is open; a holder, since TypeScript does not track callbacks.
  const read: { ocr: OcrPassResult | null } = { ocr: null };
  const { pageCount, title } = await readPdf(
    bytes,
    (page, items) => {
      const [main = [], ...others] = toFragments(items);
      layouts.push({
        page,
        lines: groupLines(main),
        rotatedLines: others.flatMap((group) => groupLines(group)),
      });
    },
    async (renderer) => {
      linesByPage = readingOrderLines(layouts);
      if (engine)
        read.ocr = await readPagesByOcr(ocrCandidates(linesByPage), renderer, engine, limits, notify);
    },
  );

  const recognitions: ReadonlyMap<number, Recognition> = read.ocr?.recognitions ?? new Map();
  // Sizes and spellings are judged over the whole document so every page is read alike.
  const vocabulary = collectVocabulary([
    ...[...linesByPage.values()].flat(),
    ...[...recognitions.values()].flatMap(recognizedLineTexts).map((text) => ({ text })),
  ]);
  const ocrBlocks = blocksOfReadPages(recognitions, vocabulary);
  // A page read by OCR replaces the few characters its text layer had (OCR reads them too).
  for (const page of ocrBlocks.keys()) linesByPage.delete(page);
  const allLines = [...linesByPage.values()].flat();
  if (allLines.length === 0 && ocrBlocks.size === 0) throw noTextError(pageCount, read.ocr);
  const typography = measureTypography(allLines);
  let pages: ExtractedPage[] = Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    const blocks = ocrBlocks.get(page);
    return blocks
      ? { page, blocks, ocr: true }
      : { page, blocks: buildBlocks(linesByPage.get(page) ?? [], typography, vocabulary) };
  });
  pages = alignNumberedHeadings(pages);
  pages = levelCoverTitle(pages);
  pages = mendPageBreaks(pages, vocabulary);
  return { pages, ...(title ? { title } : {}) };
}

/** Paragraphs of the pages where OCR found text; a page of noise is left out and stays as it was. */
function blocksOfReadPages(
  recognitions: ReadonlyMap<number, Recognition>,
  vocabulary: Vocabulary,
): Map<number, TextBlock[]> {
  const blocksByPage = new Map<number, TextBlock[]>();
  for (const [page, recognition] of recognitions) {
    const blocks = recognitionToBlocks(recognition, vocabulary);
    if (blocks.length > 0) blocksByPage.set(page, blocks);
  }
  return blocksByPage;
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
