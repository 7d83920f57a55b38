import { and, desc, eq, inArray, isNull, not, notInArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { documents, type ImportBatchRow, importBatches } from "../schema";
import type { CollectionIds } from "./documents";

export type ImportOrigin = ImportBatchRow["origin"];
export type BatchDocumentStatus = (typeof documents.$inferSelect)["status"];

export interface BatchStatusTotals {
  status: BatchDocumentStatus;
  count: number;
  bytes: number;
  pages: number;
}

export function insertImportBatch(
  db: Db,
  row: { id: string; label: string; origin: ImportOrigin; total: number },
): ImportBatchRow {
  return db.insert(importBatches).values(row).returning().get();
}

export function getImportBatch(db: Db, id: string): ImportBatchRow | undefined {
  return db.select().from(importBatches).where(eq(importBatches.id, id)).get();
}

/**
 * A batch is visible within some collections when it holds at least one document and all of
 * its documents lie in them; null sees every batch.
 */
function visibleWithin(collectionIds: CollectionIds): SQL | undefined {
  if (collectionIds === null) return undefined;
  if (collectionIds.length === 0) return sql`1 = 0`;
  const holdsAny = sql`exists (select 1 from ${documents} where ${documents.batchId} = ${importBatches.id})`;
  const holdsOther = sql`exists (select 1 from ${documents} where ${documents.batchId} = ${importBatches.id} and ${notInArray(documents.collectionId, [...collectionIds])})`;
  return and(holdsAny, not(holdsOther));
}

export function getVisibleImportBatch(
  db: Db,
  id: string,
  collectionIds: CollectionIds,
): ImportBatchRow | undefined {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.id, id), visibleWithin(collectionIds)))
    .get();
}

export function listVisibleImportBatches(
  db: Db,
  limit: number,
  collectionIds: CollectionIds,
): ImportBatchRow[] {
  return db
    .select()
    .from(importBatches)
    .where(visibleWithin(collectionIds))
    .orderBy(desc(importBatches.createdAt), desc(importBatches.id))
    .limit(limit)
    .all();
}

/** Increments in SQL rather than read-modify-write, so concurrent requests adding to one batch never lose counts. */
export function addToImportBatch(db: Db, id: string, delta: { total?: number; skipped?: number }): void {
  db.update(importBatches)
    .set({
      total: sql`${importBatches.total} + ${delta.total ?? 0}`,
      skipped: sql`${importBatches.skipped} + ${delta.skipped ?? 0}`,
    })
    .where(eq(importBatches.id, id))
    .run();
}

/** Records the first moment the batch was seen complete; later calls keep that moment. */
export function markImportBatchFinished(db: Db, id: string, at: Date): void {
  db.update(importBatches)
    .set({ finishedAt: at })
    .where(and(eq(importBatches.id, id), isNull(importBatches.finishedAt)))
    .run();
}

/** Per-status document count, source bytes and extracted pages of one batch. */
export function batchStatusTotals(db: Db, batchId: string): BatchStatusTotals[] {
  return db
    .select({
      status: documents.status,
      count: sql<number>`count(*)`,
      bytes: sql<number>`coalesce(sum(${documents.sizeBytes}), 0)`,
      pages: sql<number>`coalesce(sum(${documents.pages}), 0)`,
    })
    .from(documents)
    .where(eq(documents.batchId, batchId))
    .groupBy(documents.status)
    .all();
}

export function documentOutcomes(
  db: Db,
  ids: string[],
): Array<{ id: string; status: BatchDocumentStatus; error: string | null }> {
  if (ids.length === 0) return [];
  return db
    .select({ id: documents.id, status: documents.status, error: documents.error })
    .from(documents)
    .where(inArray(documents.id, ids))
    .all();
}
