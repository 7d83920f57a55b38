import type { Table } from "@lancedb/lancedb";
import { LATER_COLUMNS } from "./chunk-table-schema";

async function missingColumns(table: Table): Promise<Array<{ name: string; valueSql: string }>> {
  const present = new Set((await table.schema()).fields.map((field) => field.name));
  return LATER_COLUMNS.filter((column) => !present.has(column.name));
}

/**
 * Brings a table made by an earlier version up to the current columns, so an index built
 * before an upgrade keeps working without re-ingesting anything. Its existing rows get each
 * column's default (no label, not OCR) until their documents are ingested again.
 */
export async function ensureChunkColumns(table: Table): Promise<void> {
  const missing = await missingColumns(table);
  if (missing.length === 0) return;
  try {
    await table.addColumns(missing);
  } catch (error) {
    // The web server and the worker open the index side by side; the other may have won.
    if ((await missingColumns(table)).length > 0) throw error;
  }
}
