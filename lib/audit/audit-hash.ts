import { createHash } from "node:crypto";

/** What an audit row says, in the form its hash covers. */
export interface AuditRecord {
  id: number;
  /** Milliseconds since the epoch. */
  at: number;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** Canonical JSON (see canonicalJson), or null. */
  details: string | null;
}

/** The hash a chain starts from, so the first row is chained like every other. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * JSON with object keys sorted at every depth, so the same details always hash the same
 * whatever order the code that logged them built the object in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * A row's hash covers its id and the previous row's hash, so an edited row, a deleted row
 * and two swapped rows each break the chain at a row that can be named.
 */
export function auditRowHash(previousHash: string, record: AuditRecord): string {
  const body = canonicalJson([
    record.id,
    record.at,
    record.actorId,
    record.actorLabel,
    record.action,
    record.targetType,
    record.targetId,
    record.details,
  ]);
  return createHash("sha256").update(previousHash).update("\n").update(body).digest("hex");
}
