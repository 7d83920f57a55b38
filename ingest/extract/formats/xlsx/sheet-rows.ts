import type { Worksheet } from "exceljs";
import { joinCells } from "../shared/join-cells";
import { isTruncationNotice } from "../shared/sheet-limits";
import { cellText } from "./cell-text";

/**
 * A worksheet's non-empty rows as "cell | cell | cell" texts. Columns left of the first used
 * one are dropped (tables often start at column B), trailing empty cells trimmed, and a merged
 * range contributes its text once (from its top-left cell). Row limits are applied before the
 * sheet is parsed (trimWorksheets); the notice row that leaves behind is passed through as is.
 */
export function sheetRows(sheet: Worksheet): string[] {
  const rows: string[][] = [];
  let notice: string | undefined;
  let firstColumn = Number.POSITIVE_INFINITY;
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const mergedAway = cell.isMerged && cell.master.address !== cell.address;
      cells[column - 1] = mergedAway ? "" : cellText(cell.value);
    });
    const filled = cells.filter((text) => text !== undefined && text !== "");
    if (filled.length === 0) return;
    if (filled.length === 1 && isTruncationNotice(filled[0] ?? "")) {
      notice = filled[0];
      return;
    }
    firstColumn = Math.min(
      firstColumn,
      cells.findIndex((text) => text !== undefined && text !== ""),
    );
    rows.push(cells);
  });
  const texts = rows.map((cells) => joinCells(Array.from(cells.slice(firstColumn), (text) => text ?? "")));
  return notice ? [...texts, notice] : texts;
}
