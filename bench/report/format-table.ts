import type { ResultRow } from "../core/types";
import { formatNumber, formatRatio, ratioOf } from "./format-number";

const HEADER = ["metric", "value", "baseline", "ratio", "baseline is"] as const;
/** Columns holding numbers are right-aligned so digits line up. */
const RIGHT_ALIGNED = new Set([1, 2, 3]);

function withUnit(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

function cellsOf(row: ResultRow): string[] {
  return [
    row.metric,
    withUnit(row.value, row.unit),
    row.baseline === null ? "—" : withUnit(row.baseline, row.unit),
    formatRatio(ratioOf(row.value, row.baseline)),
    row.baselineLabel ?? "",
  ];
}

/** A plain-text table (monospace, box-free so it pastes into issues and commit messages intact). */
export function formatTable(title: string, rows: readonly ResultRow[]): string {
  const body = rows.map(cellsOf);
  const all = [[...HEADER], ...body];
  const widths = HEADER.map((_, column) => Math.max(...all.map((cells) => (cells[column] ?? "").length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return RIGHT_ALIGNED.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [title, render([...HEADER]), rule, ...body.map(render)].join("\n");
}
