import { createRequire } from "node:module";
import path from "node:path";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { PDFDocument } from "pdf-lib";
import { makePdf, type PdfPageSpec } from "./make-pdf";

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
/** Scanner resolution of the generated page images. */
const SCAN_DPI = 150;
/** About 19 pt on paper: large enough for tesseract to read reliably in a test. */
const FONT_PX = 40;
const MARGIN_PX = 120;
const FONT_FAMILY = "QuireScanSans";
const JPEG_QUALITY = 90;

/**
 * One scanned page: a picture of printed lines and nothing else, no text layer. An empty
 * entry leaves a blank line. `turned` draws the page sideways, as a landscape sheet fed into
 * the scanner the wrong way round.
 */
export interface ScannedPageSpec {
  lines: string[];
  turned?: "sideways";
}

/** A PDF of scanned pages only, as a photocopier's scan-to-PDF makes. */
/** A page of a sterilisation procedure, as a scanner would deliver it: searchable only through OCR. */
export const STERILISATION_SCAN: ScannedPageSpec = {
  lines: [
    "STERILISATION OF SURGICAL INSTRUMENTS",
    "",
    "Instruments are cleaned and inspected before",
    "steam sterilisation at 134 degrees for three",
    "minutes in the autoclave.",
    "",
    "Each load is recorded in the autoclave log",
    "and signed by the theatre nurse.",
  ],
};

export async function makeScannedPdf(pages: ScannedPageSpec[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const spec of pages) await addScannedPage(pdf, spec);
  return pdf.save();
}

/** Page 1 and page 3 carry a text layer; page 2 is a scan between them. */
export async function makeMixedPdf(
  textPages: [PdfPageSpec, PdfPageSpec],
  scannedPage: ScannedPageSpec,
): Promise<Uint8Array> {
  // makePdf lays out the text pages; the empty middle page is then replaced by the scan.
  const pdf = await PDFDocument.load(await makePdf([textPages[0], { lines: [] }, textPages[1]]));
  pdf.removePage(1);
  await addScannedPage(pdf, scannedPage, 1);
  return pdf.save();
}

/** A page with a text layer followed by scans, as a report with scanned appendices. */
export async function makeTextThenScannedPdf(
  textPage: PdfPageSpec,
  scannedPages: ScannedPageSpec[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await makePdf([textPage]));
  for (const spec of scannedPages) await addScannedPage(pdf, spec);
  return pdf.save();
}

async function addScannedPage(pdf: PDFDocument, spec: ScannedPageSpec, index?: number): Promise<void> {
  // JPEG, as most scanners write: pdf-lib embeds it as it is, where a PNG is decoded in slow JS.
  const image = await pdf.embedJpg(scanImage(spec));
  const page =
    index === undefined
      ? pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT])
      : pdf.insertPage(index, [PAGE_WIDTH, PAGE_HEIGHT]);
  page.drawImage(image, { x: 0, y: 0, width: PAGE_WIDTH, height: PAGE_HEIGHT });
}

/** Black text on white, rendered to a JPEG at scanner resolution. */
export function scanImage(spec: ScannedPageSpec): Buffer {
  registerScanFont();
  const width = (PAGE_WIDTH / 72) * SCAN_DPI;
  const height = (PAGE_HEIGHT / 72) * SCAN_DPI;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  if (spec.turned === "sideways") {
    // Text running down the page: the sheet has to be turned a quarter clockwise to read it.
    context.translate(width, 0);
    context.rotate(Math.PI / 2);
  }
  context.fillStyle = "#000000";
  context.font = `${FONT_PX}px ${FONT_FAMILY}`;
  spec.lines.forEach((line, index) => {
    context.fillText(line, MARGIN_PX, MARGIN_PX + (index + 1) * FONT_PX * 1.5);
  });
  return canvas.toBuffer("image/jpeg", JPEG_QUALITY);
}

/** pdf.js ships Liberation Sans; using it keeps the scans alike on machines with no fonts installed. */
function registerScanFont(): void {
  if (GlobalFonts.has(FONT_FAMILY)) return;
  const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  GlobalFonts.registerFromPath(
    path.join(pdfjsRoot, "standard_fonts", "LiberationSans-Regular.ttf"),
    FONT_FAMILY,
  );
}
