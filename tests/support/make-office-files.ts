import ExcelJS from "exceljs";
import { strToU8, type Zippable, zipSync } from "fflate";

/**
 * Small but genuine office files built in code (ZIP packages of minimal XML parts, or exceljs for
 * XLSX), so extractor tests need no binary fixtures and say exactly what each file contains.
 */

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(entries);
}

// ---------------------------------------------------------------------------------------------
// DOCX

export type DocxBlock =
  | { heading: string; level: 1 | 2 | 3 }
  | { paragraph: string; renderedPageBreakBefore?: boolean; pageBreakAfter?: boolean }
  | { table: string[][] };

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const docxRun = (text: string, renderedBreak = false) =>
  `<w:r>${renderedBreak ? "<w:lastRenderedPageBreak/>" : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function docxBlock(block: DocxBlock): string {
  if ("heading" in block) {
    return `<w:p><w:pPr><w:pStyle w:val="Heading${block.level}"/></w:pPr>${docxRun(block.heading)}</w:p>`;
  }
  if ("paragraph" in block) {
    const pageBreak = block.pageBreakAfter ? '<w:r><w:br w:type="page"/></w:r>' : "";
    return `<w:p>${docxRun(block.paragraph, block.renderedPageBreakBefore)}${pageBreak}</w:p>`;
  }
  const rows = block.table
    .map(
      (cells) => `<w:tr>${cells.map((cell) => `<w:tc><w:p>${docxRun(cell)}</w:p></w:tc>`).join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl>${rows}</w:tbl>`;
}

const docxHeadingStyles = [1, 2, 3]
  .map(
    (level) =>
      `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`,
  )
  .join("");

/** A Word document with the given headings (styled Heading1-3), paragraphs and tables. */
export function makeDocx(blocks: DocxBlock[], options: { title?: string } = {}): Uint8Array {
  const body = blocks.map(docxBlock).join("");
  return zip({
    "[Content_Types].xml": `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    "_rels/.rels": `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "word/document.xml": `${XML_HEADER}<w:document ${W_NS}><w:body>${body}</w:body></w:document>`,
    "word/styles.xml": `${XML_HEADER}<w:styles ${W_NS}>${docxHeadingStyles}</w:styles>`,
    "docProps/core.xml": `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${options.title ? `<dc:title>${escapeXml(options.title)}</dc:title>` : ""}</cp:coreProperties>`,
  });
}

// ---------------------------------------------------------------------------------------------
// PPTX

export interface SlideSpec {
  title?: string;
  bullets?: string[];
  table?: string[][];
}

const P_NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function pptxShape(id: number, placeholder: string, paragraphs: string[]): string {
  const body = paragraphs.map((text) => `<a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p>`).join("");
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr/><p:nvPr><p:ph type="${placeholder}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${body}</p:txBody></p:sp>`;
}

function pptxTable(rows: string[][]): string {
  const cells = rows
    .map(
      (row) =>
        `<a:tr h="0">${row.map((cell) => `<a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>${escapeXml(cell)}</a:t></a:r></a:p></a:txBody></a:tc>`).join("")}</a:tr>`,
    )
    .join("");
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="9" name="Table"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>${cells}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
}

function pptxSlide(slide: SlideSpec): string {
  const shapes = [
    slide.title ? pptxShape(2, "title", [slide.title]) : "",
    slide.bullets ? pptxShape(3, "body", slide.bullets) : "",
    slide.table ? pptxTable(slide.table) : "",
  ].join("");
  return `${XML_HEADER}<p:sld ${P_NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes}</p:spTree></p:cSld></p:sld>`;
}

/** A PowerPoint presentation, one slide per spec, in order. */
export function makePptx(slides: SlideSpec[]): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>${slides.map((_, index) => `<Override PartName="/ppt/slides/slide${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`).join("")}</Types>`,
    "_rels/.rels": `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>`,
    "ppt/presentation.xml": `${XML_HEADER}<p:presentation ${P_NS}><p:sldIdLst>${slides.map((_, index) => `<p:sldId id="${256 + index}" r:id="rId${index + 1}"/>`).join("")}</p:sldIdLst></p:presentation>`,
    "ppt/_rels/presentation.xml.rels": `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${slides.map((_, index) => `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${index + 1}.xml"/>`).join("")}</Relationships>`,
  };
  slides.forEach((slide, index) => {
    files[`ppt/slides/slide${index + 1}.xml`] = pptxSlide(slide);
  });
  return zip(files);
}

// ---------------------------------------------------------------------------------------------
// XLSX

/** An Excel workbook with one worksheet per entry, written by exceljs. */
export async function makeXlsx(sheets: { name: string; rows: (string | number | Date | null)[][] }[]) {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// OpenDocument

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';

function odfPackage(mimetype: string, body: string): Uint8Array {
  return zipSync({
    // The spec requires `mimetype` first and stored, which is what detection reads.
    mimetype: [strToU8(mimetype), { level: 0 }],
    "content.xml": strToU8(
      `${XML_HEADER}<office:document-content ${ODF_NS}><office:body>${body}</office:body></office:document-content>`,
    ),
    "META-INF/manifest.xml": strToU8(
      `${XML_HEADER}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
  });
}

const odfTable = (rows: string[][], name = "Table1") =>
  `<table:table table:name="${escapeXml(name)}">${rows
    .map(
      (row) =>
        `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string"><text:p>${escapeXml(cell)}</text:p></table:table-cell>`).join("")}</table:table-row>`,
    )
    .join("")}</table:table>`;

export type OdtBlock = { heading: string; level: number } | { paragraph: string } | { table: string[][] };

/** An OpenDocument text with outline headings, paragraphs and tables. */
export function makeOdt(blocks: OdtBlock[]): Uint8Array {
  const body = blocks
    .map((block) => {
      if ("heading" in block)
        return `<text:h text:outline-level="${block.level}">${escapeXml(block.heading)}</text:h>`;
      if ("paragraph" in block) return `<text:p>${escapeXml(block.paragraph)}</text:p>`;
      return odfTable(block.table);
    })
    .join("");
  return odfPackage("application/vnd.oasis.opendocument.text", `<office:text>${body}</office:text>`);
}

/** An OpenDocument spreadsheet, one table per sheet. */
export function makeOds(sheets: { name: string; rows: string[][] }[]): Uint8Array {
  const body = sheets.map((sheet) => odfTable(sheet.rows, sheet.name)).join("");
  return odfPackage(
    "application/vnd.oasis.opendocument.spreadsheet",
    `<office:spreadsheet>${body}</office:spreadsheet>`,
  );
}

/** An OpenDocument presentation, one page per slide with a title frame and text lines. */
export function makeOdp(slides: { title: string; lines: string[] }[]): Uint8Array {
  const pages = slides
    .map(
      (slide, index) =>
        `<draw:page draw:name="page${index + 1}"><draw:frame presentation:class="title"><draw:text-box><text:p>${escapeXml(slide.title)}</text:p></draw:text-box></draw:frame><draw:frame presentation:class="outline"><draw:text-box>${slide.lines.map((line) => `<text:p>${escapeXml(line)}</text:p>`).join("")}</draw:text-box></draw:frame></draw:page>`,
    )
    .join("");
  return odfPackage(
    "application/vnd.oasis.opendocument.presentation",
    `<office:presentation>${pages}</office:presentation>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Hostile and foreign files

/** Any ZIP (not a document package), e.g. an archive of two text files. */
export function makeZip(files: Record<string, string>): Uint8Array {
  return zip(files);
}

/**
 * Rewrites the uncompressed size an archive declares for one entry (in its central directory
 * and local header), the way a decompression bomb lies about its contents.
 */
export function withDeclaredSize(archive: Uint8Array, entryName: string, size: number): Uint8Array {
  const patched = archive.slice();
  const view = new DataView(patched.buffer);
  const name = strToU8(entryName);
  for (let at = 0; at + 46 < patched.length; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x02014b50 ? at + 46 : signature === 0x04034b50 ? at + 30 : -1;
    if (nameAt < 0 || view.getUint16(at + (signature === 0x02014b50 ? 28 : 26), true) !== name.length)
      continue;
    if (!name.every((byte, index) => patched[nameAt + index] === byte)) continue;
    view.setUint32(at + (signature === 0x02014b50 ? 24 : 22), size, true);
  }
  return patched;
}

/** The start of an OLE compound file holding a stream of the given name, as legacy Office files do. */
export function makeCompoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // One directory entry at the start of the second 512-byte sector: the name in UTF-16LE,
  // then its byte length (terminator included) at offset 64, as the format lays it out.
  const entry = 1024;
  const name = `${streamName}\u0000`;
  for (let index = 0; index < name.length; index++) bytes[entry + index * 2] = name.charCodeAt(index);
  new DataView(bytes.buffer).setUint16(entry + 64, name.length * 2, true);
  return bytes;
}
