import ExcelJS from "exceljs";
import type { ExtractedDocument, ExtractedPage } from "@/lib/domain/types";
import { extractionError } from "../extraction-error";
import { normalizeBlocks } from "./normalize-blocks";
import { isXmlPart } from "./shared/is-xml-part";
import { withLibrary } from "./shared/library-failure";
import { readCoreTitle } from "./shared/read-core-title";
import { pruneSharedStrings } from "./xlsx/prune-shared-strings";
import { sheetRows } from "./xlsx/sheet-rows";
import { trimWorksheets } from "./xlsx/trim-worksheets";
import { openArchive } from "./zip/open-archive";
import { storeArchive } from "./zip/store-archive";

const FORMAT = "Excel workbook";

/**
 * Excel (.xlsx) via exceljs: one page per worksheet, numbered by the sheet's position in the
 * workbook and labelled "Sheet: <name>" for citations, opening with the sheet name as a heading
 * and then one "cell | cell | cell" paragraph per non-empty row (first 20,000 rows per sheet, within
 * a size budget, cut before exceljs reads them; see trimWorksheets).
 * Empty sheets (and chart sheets) produce no page.
 */
export async function extractXlsx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const files = openArchive(bytes, { formatName: FORMAT, keep: isXmlPart });
  trimWorksheets(files);
  pruneSharedStrings(files);
  const workbook = await withLibrary(FORMAT, async () => {
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(toArrayBuffer(storeArchive(files)));
    return loaded;
  });

  const pages: ExtractedPage[] = [];
  workbook.worksheets.forEach((sheet, index) => {
    const rows = sheetRows(sheet);
    if (rows.length === 0) return;
    const name = sheet.name.trim() || `Sheet ${index + 1}`;
    pages.push({
      page: index + 1,
      label: `Sheet: ${name}`,
      blocks: normalizeBlocks([
        { kind: "heading", level: 1, text: name },
        ...rows.map((text) => ({ kind: "paragraph" as const, text })),
      ]),
    });
  });
  if (pages.length === 0) {
    throw extractionError("empty", "XLSX has no non-empty worksheet", {
      userMessage: `This ${FORMAT} contains no data: every sheet is empty.`,
    });
  }
  const title = readCoreTitle(files.get("docProps/core.xml"));
  return { pages, ...(title ? { title } : {}) };
}

/** exceljs declares its input as an ArrayBuffer-like "Buffer"; a fresh ArrayBuffer satisfies both. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
