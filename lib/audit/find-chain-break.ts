import { type AuditRecord, auditRowHash, GENESIS_HASH } from "./audit-hash";

export interface StoredAuditRow extends AuditRecord {
  prevHash: string;
  hash: string;
}

export interface ChainHead {
  id: number;
  hash: string;
}

export type ChainBreak =
  | { rowId: number; problem: "edited" | "out_of_order" | "missing_before" }
  | { rowId: number; problem: "missing_after_head" | "head_mismatch" };

/**
 * The first place where the stored rows stop proving themselves, or null when the chain is
 * intact. `head` is the last row as recorded when it was written (kept apart from the rows),
 * so deleting the newest rows is caught too. Rows must be given in id order.
 */
export function findChainBreak(rows: Iterable<StoredAuditRow>, head: ChainHead | null): ChainBreak | null {
  let previous: StoredAuditRow | null = null;
  for (const row of rows) {
    if (previous !== null && row.id <= previous.id) return { rowId: row.id, problem: "out_of_order" };
    const expectedPrevious = previous?.hash ?? GENESIS_HASH;
    if (row.hash !== auditRowHash(row.prevHash, row)) return { rowId: row.id, problem: "edited" };
    if (row.prevHash !== expectedPrevious) return { rowId: row.id, problem: "missing_before" };
    previous = row;
  }
  if (head === null) return previous === null ? null : { rowId: previous.id, problem: "head_mismatch" };
  // Names the first missing id, so deleting the newest rows points at the oldest of them.
  if (previous === null || previous.id < head.id)
    return { rowId: (previous?.id ?? 0) + 1, problem: "missing_after_head" };
  if (previous.id !== head.id || previous.hash !== head.hash)
    return { rowId: previous.id, problem: "head_mismatch" };
  return null;
}
