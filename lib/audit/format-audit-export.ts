import type { AuditEventRow } from "@/db/schema";

export type AuditExportFormat = "jsonl" | "csv";

/** Column order of the CSV export; the JSON lines carry the same fields. */
export const AUDIT_EXPORT_COLUMNS = [
  "id",
  "at",
  "atIso",
  "actorId",
  "actorLabel",
  "action",
  "targetType",
  "targetId",
  "details",
  "prevHash",
  "hash",
] as const;

type ExportRecord = Record<(typeof AUDIT_EXPORT_COLUMNS)[number], string | number | null>;

/**
 * `details` stays the exact canonical JSON text that was hashed, and `at` the exact
 * milliseconds, so an exported row can be re-hashed and its chain checked outside Quire.
 */
function toExportRecord(row: AuditEventRow): ExportRecord {
  return { ...row, atIso: new Date(row.at).toISOString() };
}

export function auditJsonLine(row: AuditEventRow): string {
  const record = toExportRecord(row);
  const ordered = Object.fromEntries(AUDIT_EXPORT_COLUMNS.map((column) => [column, record[column]]));
  return `${JSON.stringify(ordered)}\n`;
}

export function auditCsvHeader(): string {
  return `${AUDIT_EXPORT_COLUMNS.join(",")}\r\n`;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; null is empty. */
function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsvLine(row: AuditEventRow): string {
  const record = toExportRecord(row);
  return `${AUDIT_EXPORT_COLUMNS.map((column) => csvField(record[column])).join(",")}\r\n`;
}
