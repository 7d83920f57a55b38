import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";
import { extractionError } from "../extraction-error";
import { cleanPdfTitle } from "./clean-pdf-title";
import { mapPdfError } from "./map-pdf-error";
import { pdfjsAssetUrls } from "./pdfjs-assets";
import { type PageRenderer, pageRenderer } from "./render-page";
import type { PdfTextItem } from "./to-fragments";

export interface PdfReadResult {
  pageCount: number;
  title?: string;
  /** Pages whose content pdf.js could not parse; they were skipped, not fatal. */
  failedPages: number[];
}

/**
 * Opens a PDF with pdf.js and hands each page's text items to `visit`, one page at a time so
 * a long document never holds every page's items in memory. A page that fails to parse is
 * skipped (a partly damaged file still yields its readable pages); only a document with no
 * readable page at all is reported as damaged. `afterText`, when given, runs once every page
 * has been visited, while the document is still open, to render the pages that need OCR.
 * The document is always destroyed afterwards.
 */
export async function readPdf(
  bytes: Uint8Array,
  visit: (page: number, items: PdfTextItem[]) => void,
  afterText?: (renderer: PageRenderer) => Promise<void>,
): Promise<PdfReadResult> {
  const loadingTask = getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller's bytes must stay intact.
    data: bytes.slice(),
    // pdf.js 6 no longer compiles fonts with eval; fonts are never turned into font faces here
    // (pages rendered for OCR draw glyphs as paths) and no system font, network or worker
    // fetch is attempted.
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    ...pdfjsAssetUrls(),
    cMapPacked: true,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await loadingTask.promise.catch((error: unknown) => {
      throw mapPdfError(error);
    });
    const failedPages: number[] = [];
    let failure: unknown;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      try {
        const page = await document.getPage(pageNumber);
        const content = await page.getTextContent();
        visit(pageNumber, content.items.filter(isTextItem).map(toPdfTextItem));
        page.cleanup();
      } catch (error) {
        failedPages.push(pageNumber);
        failure ??= error;
      }
    }
    if (document.numPages > 0 && failedPages.length === document.numPages) {
      throw extractionError("corrupt", `No page of the PDF could be parsed: ${String(failure)}`, {
        cause: failure,
      });
    }
    await afterText?.(pageRenderer(document));
    const title = await readTitle(document);
    return { pageCount: document.numPages, failedPages, ...(title ? { title } : {}) };
  } finally {
    await loadingTask.destroy();
  }
}

async function readTitle(document: { getMetadata(): Promise<{ info: object; metadata: unknown }> }) {
  try {
    const { info, metadata } = await document.getMetadata();
    const fromInfo = cleanPdfTitle((info as Record<string, unknown>).Title);
    if (fromInfo) return fromInfo;
    const xmp = metadata as { get?: (name: string) => unknown } | null;
    return cleanPdfTitle(xmp?.get?.("dc:title"));
  } catch {
    // A broken metadata stream costs us the title, never the text.
    return undefined;
  }
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return "str" in item;
}

function toPdfTextItem(item: TextItem): PdfTextItem {
  return { str: item.str, transform: item.transform.map(Number), width: item.width, height: item.height };
}
