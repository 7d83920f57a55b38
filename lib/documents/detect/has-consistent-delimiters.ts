const CANDIDATES = [",", ";", "\t", "|"];
/** Share of records that must have the most common delimiter count for the file to be a table. */
const CONSISTENT_SHARE = 0.6;
const MAX_RECORDS = 200;

/**
 * Whether the text reads as delimited rows: for some delimiter, most records (quoted fields may
 * span lines) contain the same, non-zero number of it. A one-column file (no delimiter at all)
 * counts too. The last record is ignored because the sniffed text may end in the middle of it.
 */
export function hasConsistentDelimiters(head: string): boolean {
  const records = splitRecords(head).slice(0, -1);
  if (records.length === 0) return head.trim() !== "";
  let singleColumn = true;
  for (const delimiter of CANDIDATES) {
    const counts = records.map((record) => countOutsideQuotes(record, delimiter));
    if (counts.some((count) => count > 0)) singleColumn = false;
    const mode = mostCommon(counts);
    const agreeing = counts.filter((count) => count === mode).length;
    if (mode > 0 && agreeing >= records.length * CONSISTENT_SHARE) return true;
  }
  return singleColumn;
}

function splitRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length && records.length < MAX_RECORDS; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === "\n" && !quoted) {
      const record = text.slice(start, index).replace(/\r$/, "");
      if (record.trim() !== "") records.push(record);
      start = index + 1;
    }
  }
  records.push(text.slice(start));
  return records;
}

function countOutsideQuotes(record: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of record) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

function mostCommon(values: number[]): number {
  const tally = new Map<number, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [value, count] of tally) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}
