import Papa from "papaparse";
import type { ExtractedDocument, TextBlock } from "@/lib/domain/types";
import { decodeText } from "../decode-text";
import { extractionError } from "../extraction-error";
import { rowParagraphs } from "./csv/row-paragraphs";
import { normalizeBlocks } from "./normalize-blocks";
import { MAX_ROWS_PER_SHEET, truncationNotice } from "./shared/sheet-limits";

const DELIMITERS = [",", ";", "\t", "|", Papa.RECORD_SEP, Papa.UNIT_SEP];

/**
 * CSV and TSV via papaparse (any text encoding; delimiter sniffed unless the file is a .tsv):
 * title lines found above the table, a "Columns: a | b | c" paragraph, then one
 * "column: value; column: value" paragraph per row so each chunk stays self-describing (plain
 * "a | b | c" rows when there is no header), all on page 1. Only the first 20,000 data rows
 * are read.
 */
export function extractCsv(bytes: Uint8Array, options: { tabSeparated?: boolean } = {}): ExtractedDocument {
  const parsed = Papa.parse<string[]>(decodeText(bytes).replace(/^\uFEFF/, ""), {
    delimiter: options.tabSeparated ? "\t" : "",
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: "greedy",
    // One row more than is kept: the header, and one to learn whether the table was cut.
    preview: MAX_ROWS_PER_SHEET + 2,
  });
  const rows = parsed.data.filter((row) => Array.isArray(row));
  const truncated = rows.length > MAX_ROWS_PER_SHEET + 1;
  const { titles, header, paragraphs } = rowParagraphs(rows.slice(0, MAX_ROWS_PER_SHEET + 1));

  const blocks: TextBlock[] = titles.map((text) => ({ kind: "paragraph", text }));
  if (header) blocks.push({ kind: "paragraph", text: `Columns: ${header.join(" | ")}` });
  for (const text of paragraphs) blocks.push({ kind: "paragraph", text });
  if (truncated) blocks.push({ kind: "paragraph", text: truncationNotice(MAX_ROWS_PER_SHEET) });
  const normalized = normalizeBlocks(blocks);
  if (normalized.length === 0) {
    throw extractionError("empty", "CSV contains no rows", {
      userMessage: "The CSV file is empty: it contains no rows.",
    });
  }
  return { pages: [{ page: 1, blocks: normalized }] };
}
