import { PDFDocument, type PDFFont, PDFHexString, type PDFPage, StandardFonts } from "pdf-lib";

/**
 * One page of a generated test PDF. Each entry of `lines` is a run of body text wrapped to the
 * column width; "\n" inside an entry forces a line break (write "treat-\nment" for a hyphenated
 * break) and an empty entry leaves a paragraph gap.
 */
export interface PdfPageSpec {
  heading?: string;
  lines: string[];
  /** Two balanced columns: the first half of the wrapped lines on the left, the rest on the right. */
  columns?: 2;
}

export interface MakePdfOptions {
  /** Stored as the PDF's metadata title. */
  title?: string;
  /** Drawn at the top of every page, like a running header. */
  runningHeader?: string;
  /** Draws "Page N of M" at the bottom of every page. */
  pageNumbers?: boolean;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 56;
const BODY_SIZE = 11;
const LEADING = BODY_SIZE * 1.2;
const HEADING_SIZE = 16;
const GUTTER = 24;
const SMALL_SIZE = 9;

/** Builds a multi-page PDF laid out like a real report: bold headings, 11 pt wrapped body text. */
export async function makePdf(pages: PdfPageSpec[], options: MakePdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const body = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (options.title) pdf.setTitle(options.title);
  pages.forEach((spec, index) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    let top = PAGE_HEIGHT - MARGIN;
    if (options.runningHeader) {
      page.drawText(options.runningHeader, { x: MARGIN, y: PAGE_HEIGHT - 36, size: SMALL_SIZE, font: body });
    }
    if (options.pageNumbers) {
      const label = `Page ${index + 1} of ${pages.length}`;
      const x = (PAGE_WIDTH - body.widthOfTextAtSize(label, SMALL_SIZE)) / 2;
      page.drawText(label, { x, y: 30, size: SMALL_SIZE, font: body });
    }
    if (spec.heading) {
      top -= HEADING_SIZE;
      page.drawText(spec.heading, { x: MARGIN, y: top, size: HEADING_SIZE, font: bold });
      top -= HEADING_SIZE * 0.8;
    }
    drawBody(page, spec, body, top - LEADING, index + 1);
  });
  return pdf.save({ useObjectStreams: false });
}

type LayoutLine = string | null; // null: paragraph gap

function drawBody(
  page: PDFPage,
  spec: PdfPageSpec,
  font: PDFFont,
  firstBaseline: number,
  pageNumber: number,
) {
  const textWidth = PAGE_WIDTH - 2 * MARGIN;
  if (spec.columns !== 2) {
    drawColumn(page, wrapAll(spec.lines, font, textWidth), font, MARGIN, firstBaseline, pageNumber);
    return;
  }
  const columnWidth = (textWidth - GUTTER) / 2;
  const lines = wrapAll(spec.lines, font, columnWidth);
  const half = Math.ceil(lines.length / 2);
  drawColumn(page, lines.slice(0, half), font, MARGIN, firstBaseline, pageNumber);
  drawColumn(page, lines.slice(half), font, MARGIN + columnWidth + GUTTER, firstBaseline, pageNumber);
}

function drawColumn(
  page: PDFPage,
  lines: LayoutLine[],
  font: PDFFont,
  x: number,
  top: number,
  pageNumber: number,
) {
  let y = top;
  for (const line of lines) {
    if (y < MARGIN) throw new Error(`makePdf: the text of page ${pageNumber} does not fit on one page`);
    if (line !== null) page.drawText(line, { x, y, size: BODY_SIZE, font });
    y -= line === null ? LEADING * 0.6 : LEADING;
  }
}

function wrapAll(entries: string[], font: PDFFont, width: number): LayoutLine[] {
  return entries.flatMap((entry) =>
    entry === "" ? [null] : entry.split("\n").flatMap((segment) => wrap(segment, font, width)),
  );
}

function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, BODY_SIZE) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * A PDF that claims the standard security handler with a user password: its /U entry matches
 * no password, so any reader must ask for one. pdf-lib cannot encrypt, and no real encryption
 * is needed to exercise the "password required" path.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText("Secret text", { x: 72, y: 700, size: 12, font });
  const context = pdf.context;
  const fileId = PDFHexString.of("3c1d7e2a9b4f6e0812ad34c56f7b8e91");
  context.trailerInfo.ID = context.obj([fileId, fileId]);
  context.trailerInfo.Encrypt = context.register(
    context.obj({
      Filter: "Standard",
      V: 1,
      R: 2,
      Length: 40,
      P: -44,
      O: PDFHexString.of("a1".repeat(32)),
      U: PDFHexString.of("5e".repeat(32)),
    }),
  );
  return pdf.save({ useObjectStreams: false });
}

/** A valid PDF whose only page holds drawn shapes and no text, as a scan without OCR would. */
export async function makeTextlessPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage();
  page.drawRectangle({ x: 72, y: 500, width: 300, height: 200, borderWidth: 2 });
  page.drawCircle({ x: 300, y: 300, size: 80 });
  return pdf.save();
}

/** Bytes that start like a PDF and then turn into noise, as a truncated or mangled upload does. */
export function makeCorruptPdf(seed = 7): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R"));
  let state = seed;
  for (let index = 60; index < bytes.length; index++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = state & 0xff;
  }
  return bytes;
}
