import { joinCells } from "../shared/join-cells";

const ROW_GROUPS = new Set(["thead", "tbody", "tfoot"]);
const CELLS = new Set(["td", "th"]);

/**
 * One text per non-empty row of an HTML table (nested tables stay inside their cell's text):
 * the cells joined by " | ", trailing empty cells dropped. A caption comes first, on its own.
 */
export function tableRowTexts(table: Element, cellText: (cell: Element) => string): string[] {
  const texts: string[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.localName.toLowerCase();
    if (tag === "caption") {
      const caption = cellText(child);
      if (caption) texts.push(caption);
    } else if (tag === "tr") {
      pushRow(texts, child, cellText);
    } else if (ROW_GROUPS.has(tag)) {
      for (const row of Array.from(child.children)) {
        if (row.localName.toLowerCase() === "tr") pushRow(texts, row, cellText);
      }
    }
  }
  return texts;
}

function pushRow(texts: string[], row: Element, cellText: (cell: Element) => string): void {
  const text = rowText(row, cellText);
  if (text) texts.push(text);
}

/** A row's cells joined by " | " (trailing empty cells dropped); "" when every cell is empty. */
export function rowText(row: Element, cellText: (cell: Element) => string): string {
  const cells = Array.from(row.children)
    .filter((cell) => CELLS.has(cell.localName.toLowerCase()))
    .map((cell) => cellText(cell));
  return joinCells(cells);
}
