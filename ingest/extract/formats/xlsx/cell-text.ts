import type { CellValue } from "exceljs";

/**
 * A cell's value as a reader would see it: formulas by their cached result, rich text and
 * hyperlinks by their text, dates as ISO dates (with the time only when there is one), errors
 * as their code (#N/A), and floating-point noise (0.30000000000000004) rounded away.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDate(value);
  if ("richText" in value)
    return value.richText
      .map((run) => run.text)
      .join("")
      .trim();
  if ("hyperlink" in value) return String(value.text ?? value.hyperlink).trim();
  if ("error" in value) return value.error;
  if ("result" in value) return cellText(value.result ?? null);
  return "";
}

function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value);
}

/** Spreadsheet dates carry no zone: exceljs returns them as UTC, so UTC fields are the cell's. */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
