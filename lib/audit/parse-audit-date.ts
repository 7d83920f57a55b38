const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A range bound in milliseconds: YYYY-MM-DD is a whole UTC day (its first millisecond for
 * `from`, its last for `to`, so both ends are inclusive); an ISO timestamp with a zone is exact.
 * Null when the text is neither, or names a day that does not exist (2026-02-30).
 */
export function parseAuditDate(text: string, end: "from" | "to"): number | null {
  const value = text.trim();
  if (DATE_ONLY.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== value) return null;
    return end === "from" ? start : start + DAY_MS - 1;
  }
  if (!ISO_TIMESTAMP.test(value)) return null;
  const exact = Date.parse(value);
  return Number.isNaN(exact) ? null : exact;
}
