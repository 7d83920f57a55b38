import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import type { ConversationView } from "@/lib/conversations/conversation-view";
import { type BlockStyle, conversationBlocks } from "./conversation-blocks";
import { readExportFonts } from "./export-fonts";
import { printableText } from "./printable-text";
import { wrapLines } from "./wrap-lines";

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { x: 56, top: 64, bottom: 64 };
const TEXT_WIDTH = PAGE.width - 2 * MARGIN.x;

interface StyleSpec {
  size: number;
  bold: boolean;
  color: [number, number, number];
  spaceBefore: number;
  indent: number;
}

const STYLES: Record<BlockStyle, StyleSpec> = {
  title: { size: 18, bold: true, color: [0.1, 0.1, 0.12], spaceBefore: 0, indent: 0 },
  meta: { size: 9, bold: false, color: [0.38, 0.38, 0.42], spaceBefore: 4, indent: 0 },
  question: { size: 12.5, bold: true, color: [0.1, 0.1, 0.12], spaceBefore: 6, indent: 0 },
  notice: { size: 10, bold: true, color: [0.62, 0.25, 0.05], spaceBefore: 8, indent: 0 },
  answer: { size: 10.5, bold: false, color: [0.1, 0.1, 0.12], spaceBefore: 8, indent: 0 },
  label: { size: 10, bold: true, color: [0.25, 0.25, 0.3], spaceBefore: 10, indent: 0 },
  source: { size: 9.5, bold: false, color: [0.2, 0.2, 0.25], spaceBefore: 2, indent: 10 },
  rule: { size: 1, bold: false, color: [0.8, 0.8, 0.84], spaceBefore: 16, indent: 0 },
};

const LINE_HEIGHT = 1.35;

/** Draws blocks top to bottom, opening a new page whenever the next line would cross the bottom margin. */
class PageWriter {
  private page: PDFPage;
  private y = PAGE.height - MARGIN.top;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: { regular: ExportFont; bold: ExportFont },
  ) {
    this.page = pdf.addPage([PAGE.width, PAGE.height]);
  }

  private ensureRoom(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }

  rule(spec: StyleSpec): void {
    this.ensureRoom(spec.spaceBefore);
    this.y -= spec.spaceBefore;
    const color = rgb(...spec.color);
    this.page.drawLine({
      start: { x: MARGIN.x, y: this.y },
      end: { x: PAGE.width - MARGIN.x, y: this.y },
      thickness: 0.75,
      color,
    });
  }

  paragraph(text: string, spec: StyleSpec): void {
    const { font, hasGlyph } = spec.bold ? this.fonts.bold : this.fonts.regular;
    const printable = printableText(text, hasGlyph);
    const width = TEXT_WIDTH - spec.indent;
    const lines = wrapLines(printable, width, (line) => font.widthOfTextAtSize(line, spec.size));
    const lineHeight = spec.size * LINE_HEIGHT;
    this.y -= spec.spaceBefore;
    for (const line of lines) {
      this.ensureRoom(lineHeight);
      this.y -= lineHeight;
      if (line !== "")
        this.page.drawText(line, {
          x: MARGIN.x + spec.indent,
          y: this.y + (lineHeight - spec.size) / 2,
          size: spec.size,
          font,
          color: rgb(...spec.color),
        });
    }
  }
}

/** A font with the test for which characters it can draw, built once per export. */
interface ExportFont {
  font: PDFFont;
  hasGlyph: (codePoint: number) => boolean;
}

async function embedExportFont(pdf: PDFDocument, bytes: Uint8Array): Promise<ExportFont> {
  const font = await pdf.embedFont(bytes, { subset: true });
  const characters = new Set(font.getCharacterSet());
  return { font, hasGlyph: (codePoint) => characters.has(codePoint) };
}

function numberPages(pdf: PDFDocument, { font, hasGlyph }: ExportFont, title: string): void {
  const pages = pdf.getPages();
  const header = printableText(title, hasGlyph).replace(/\n/g, " ");
  const fitted = wrapLines(header, TEXT_WIDTH * 0.7, (text) => font.widthOfTextAtSize(text, 8))[0] ?? "";
  const grey = rgb(0.45, 0.45, 0.5);
  for (const [index, page] of pages.entries()) {
    const label = `Page ${index + 1} of ${pages.length}`;
    const labelWidth = font.widthOfTextAtSize(label, 8);
    page.drawText(label, {
      x: PAGE.width - MARGIN.x - labelWidth,
      y: MARGIN.bottom / 2,
      size: 8,
      font,
      color: grey,
    });
    if (index > 0)
      page.drawText(fitted, { x: MARGIN.x, y: PAGE.height - MARGIN.top / 2, size: 8, font, color: grey });
  }
}

/** A conversation as a paginated PDF with embedded fonts: the same content as the Markdown export. */
export async function conversationPdf(
  conversation: ConversationView,
  exportedAt: Date = new Date(),
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = await readExportFonts();
  const fonts = {
    regular: await embedExportFont(pdf, bytes.regular),
    bold: await embedExportFont(pdf, bytes.bold),
  };
  const title = conversation.title.trim() || "Conversation";
  pdf.setTitle(title.replace(/\s+/g, " "));
  pdf.setCreator("Quire");
  pdf.setProducer("Quire");
  pdf.setCreationDate(exportedAt);
  pdf.setModificationDate(exportedAt);

  const writer = new PageWriter(pdf, fonts);
  for (const block of conversationBlocks(conversation, exportedAt)) {
    const spec = STYLES[block.style];
    if (block.style === "rule") writer.rule(spec);
    else writer.paragraph(block.text, spec);
  }
  numberPages(pdf, fonts.regular, title);
  return pdf.save();
}
