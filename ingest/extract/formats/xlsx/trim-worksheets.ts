import { MAX_ROWS_PER_SHEET, truncationNotice } from "../shared/sheet-limits";

const MB = 1024 * 1024;
/** Sheet XML handed to exceljs for the whole workbook (~400,000 cells): it needs ~30x this in memory. */
const SHEET_XML_BUDGET = 16 * MB;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHEET_DATA = /<(\w+:)?sheetData\b[^>]*>/;

/**
 * exceljs builds every cell of a workbook in memory (a 2-million-cell sheet takes ~3 GB and a
 * minute), so rows past what is indexed are cut from the sheet XML before it sees them: each
 * sheet keeps its first MAX_ROWS_PER_SHEET rows, within a byte budget shared by the workbook,
 * and gets a last row saying how many rows there were. Parts are replaced in `files`; the string
 * table is pruned to match afterwards (see pruneSharedStrings).
 */
export function trimWorksheets(files: Map<string, Uint8Array>): void {
  let budget = SHEET_XML_BUDGET;
  for (const [name, bytes] of files) {
    if (!WORKSHEET_PART.test(name)) continue;
    const trimmed = trimSheet(new TextDecoder().decode(bytes), budget);
    budget = Math.max(0, budget - trimmed.keptBytes);
    if (trimmed.xml !== null) files.set(name, new TextEncoder().encode(trimmed.xml));
  }
}

interface TrimmedSheet {
  /** The shortened XML, or null when the sheet fits as it is. */
  xml: string | null;
  keptBytes: number;
}

function trimSheet(xml: string, budget: number): TrimmedSheet {
  const open = SHEET_DATA.exec(xml);
  if (!open) return { xml: null, keptBytes: 0 };
  const prefix = open[1] ?? "";
  const rowEnd = `</${prefix}row>`;
  const dataStart = open.index + open[0].length;
  const dataEnd = xml.indexOf(`</${prefix}sheetData>`, dataStart);
  if (dataEnd === -1) return { xml: null, keptBytes: 0 };

  let cut = dataStart;
  let kept = 0;
  for (let next = xml.indexOf(rowEnd, cut); next !== -1 && next < dataEnd; next = xml.indexOf(rowEnd, cut)) {
    const end = next + rowEnd.length;
    if (kept === MAX_ROWS_PER_SHEET || end - dataStart > budget) break;
    cut = end;
    kept++;
  }
  const rest = xml.slice(cut, dataEnd);
  if (!rest.includes(rowEnd)) return { xml: null, keptBytes: dataEnd - dataStart };

  const total = kept + rest.split(rowEnd).length - 1;
  const lastRow = Number(
    /<\w*:?row\b[^>]*?\br="(\d+)"/.exec(xml.slice(xml.lastIndexOf(`<${prefix}row`, cut), cut))?.[1] ?? kept,
  );
  const noticeRow = inlineRow(prefix, lastRow + 1, truncationNotice(kept, total));
  return { xml: xml.slice(0, cut) + noticeRow + xml.slice(dataEnd), keptBytes: cut - dataStart };
}

function inlineRow(prefix: string, row: number, text: string): string {
  const t = (tag: string) => `${prefix}${tag}`;
  return `<${t("row")} r="${row}"><${t("c")} r="A${row}" t="inlineStr"><${t("is")}><${t("t")}>${text}</${t("t")}></${t("is")}></${t("c")}></${t("row")}>`;
}
