import { and, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type AuditEventRow, auditEvents } from "../schema";
import { getSetting, putSetting } from "./settings";

/** Where the chain head (last id and hash) is kept, apart from the rows it vouches for. */
const HEAD_KEY = "audit_head";

export interface AuditHead {
  id: number;
  hash: string;
}

export type NewAuditRow = Omit<AuditEventRow, "id" | "prevHash" | "hash">;

/**
 * Appends one row in an IMMEDIATE transaction: the write lock is taken before the head is
 * read, so the web server, the worker and the CLI never chain two rows to the same parent.
 * `hashRow` gets the id the row will have and the previous hash.
 */
export function appendAuditRow(
  db: Db,
  row: NewAuditRow,
  hashRow: (id: number, prevHash: string | null) => { prevHash: string; hash: string },
): AuditEventRow {
  const append = db.$client.transaction((): AuditEventRow => {
    const head = readAuditHead(db);
    const maxId = db
      .select({ max: sql<number | null>`max(${auditEvents.id})` })
      .from(auditEvents)
      .get()?.max;
    const id = Math.max(head?.id ?? 0, maxId ?? 0) + 1;
    const { prevHash, hash } = hashRow(id, head?.hash ?? null);
    const stored = db
      .insert(auditEvents)
      .values({ ...row, id, prevHash, hash })
      .returning()
      .get();
    putSetting(db, HEAD_KEY, { id, hash } satisfies AuditHead);
    return stored;
  });
  return append.immediate();
}

export function readAuditHead(db: Db): AuditHead | null {
  return getSetting<AuditHead>(db, HEAD_KEY) ?? null;
}

/** Every row in id order, streamed, so verifying a long trail never holds it all in memory. */
export function* iterateAuditRows(
  db: Db,
  range: { from?: number; to?: number } = {},
): Generator<AuditEventRow> {
  const statement = db.$client.prepare(
    `SELECT id, at, actor_id AS actorId, actor_label AS actorLabel, action, target_type AS targetType,
            target_id AS targetId, details, prev_hash AS prevHash, hash
       FROM audit_events
      WHERE at >= ? AND at <= ?
      ORDER BY id`,
  );
  yield* statement.iterate(
    range.from ?? Number.MIN_SAFE_INTEGER,
    range.to ?? Number.MAX_SAFE_INTEGER,
  ) as IterableIterator<AuditEventRow>;
}

export function countAuditRows(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(auditEvents).get()?.n ?? 0;
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  targetId?: string;
  from?: number;
  to?: number;
}

function filterCondition(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actor) conditions.push(eq(auditEvents.actorLabel, filter.actor));
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.from !== undefined) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to !== undefined) conditions.push(lte(auditEvents.at, filter.to));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** One page of matching rows, newest first, with the total for paging. */
export function listAuditRows(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): { rows: AuditEventRow[]; total: number } {
  const where = filterCondition(filter);
  const rows = db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(auditEvents).where(where).get()?.n ?? 0;
  return { rows, total };
}
