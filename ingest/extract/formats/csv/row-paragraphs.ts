import { joinCells } from "../shared/join-cells";

const NUMBER = /^[-+]?[\d.,\s%$€£]+$/;

export interface TableParagraphs {
  /** Title lines found above the header. */
  titles: string[];
  header?: string[];
  paragraphs: string[];
}

/**
 * Data rows as self-describing paragraphs, so a chunk holding row 5,000 still says what each
 * value means: with a header row, "Team: Blues; Location: STL" (empty values skipped, unnamed
 * or extra columns called "Column N"); without one, "Blues | STL | 1".
 */
export function rowParagraphs(rows: readonly string[][]): TableParagraphs {
  const preamble = titleRowCount(rows);
  const titles = rows.slice(0, preamble).map((row) => joinCells(row));
  const [first, ...rest] = rows.slice(preamble);
  if (!first) return { titles, paragraphs: [] };
  if (rest.length === 0 || !looksLikeHeader(first)) {
    const paragraphs = rows.slice(preamble).map((row) => joinCells(row));
    return { titles, paragraphs: paragraphs.filter((text) => text !== "") };
  }
  const header = first.map((name, index) => name.trim() || `Column ${index + 1}`);
  const paragraphs = rest
    .map((row) =>
      row
        .map((value, index) => [
          header[index] ?? `Column ${index + 1}`,
          value.replace(/\s*\n\s*/g, " ").trim(),
        ])
        .filter(([, value]) => value !== "")
        .map(([name, value]) => `${name}: ${value}`)
        .join("; "),
    )
    .filter((text) => text !== "");
  return { titles, header, paragraphs };
}

const MAX_TITLE_ROWS = 3;

/**
 * Exports often put a title line ("Stanley Cups,,") above the real header: rows that fill less
 * than half the table's width at the top are read as titles, not as the header.
 */
function titleRowCount(rows: readonly string[][]): number {
  const width = Math.max(0, ...rows.slice(0, 50).map((row) => filled(row)));
  let count = 0;
  while (count < MAX_TITLE_ROWS && count < rows.length - 1 && filled(rows[count] ?? []) * 2 < width) count++;
  return count;
}

function filled(row: readonly string[]): number {
  return row.filter((cell) => cell.trim() !== "").length;
}

/** A header names columns: at least one non-empty cell and no cell that is a number. */
function looksLikeHeader(row: readonly string[]): boolean {
  const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== "");
  return cells.length > 0 && cells.every((cell) => !NUMBER.test(cell));
}
