import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type DocumentRow, documents, jobs, type NewDocumentRow } from "../schema";

export function getDocument(db: Db, id: string): DocumentRow | undefined {
  return db.select().from(documents).where(eq(documents.id, id)).get();
}

export function listDocuments(db: Db): DocumentRow[] {
  return db.select().from(documents).orderBy(desc(documents.createdAt), desc(documents.id)).all();
}

/**
 * Collection allow-list of a scoped read: null reads every collection, an empty list none.
 * Callers in lib/ pass what their ReadScope allows.
 */
export type CollectionIds = readonly string[] | null;

function inCollections(collectionIds: CollectionIds) {
  if (collectionIds === null) return undefined;
  return inArray(documents.collectionId, [...collectionIds]);
}

export function getDocumentInCollections(
  db: Db,
  id: string,
  collectionIds: CollectionIds,
): DocumentRow | undefined {
  if (collectionIds?.length === 0) return undefined;
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), inCollections(collectionIds)))
    .get();
}

export function listDocumentsInCollections(db: Db, collectionIds: CollectionIds): DocumentRow[] {
  if (collectionIds?.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(inCollections(collectionIds))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all();
}

export function getDocumentsByIds(db: Db, ids: string[]): DocumentRow[] {
  if (ids.length === 0) return [];
  return db.select().from(documents).where(inArray(documents.id, ids)).all();
}

export function findDocumentByHash(
  db: Db,
  collectionId: string,
  contentHash: string,
): DocumentRow | undefined {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.collectionId, collectionId), eq(documents.contentHash, contentHash)))
    .get();
}

/** Inserts the document and its ingest job atomically, so no document is ever left without work queued. */
export function insertDocumentWithJob(db: Db, row: NewDocumentRow): DocumentRow {
  return db.transaction((tx) => {
    const inserted = tx.insert(documents).values(row).returning().get();
    tx.insert(jobs).values({ documentId: inserted.id, kind: "ingest" }).run();
    return inserted;
  });
}

export function updateDocument(
  db: Db,
  id: string,
  patch: Partial<
    Pick<
      DocumentRow,
      "status" | "error" | "pages" | "ocrPages" | "notice" | "chunkCount" | "embeddedCount" | "title"
    >
  >,
): void {
  db.update(documents)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(documents.id, id))
    .run();
}

export function deleteDocumentRow(db: Db, id: string): boolean {
  return db.delete(documents).where(eq(documents.id, id)).run().changes > 0;
}

export function countDocumentsByStatus(db: Db, collectionIds: CollectionIds): Record<string, number> {
  if (collectionIds?.length === 0) return {};
  const rows = db
    .select({ status: documents.status, count: sql<number>`count(*)` })
    .from(documents)
    .where(inCollections(collectionIds))
    .groupBy(documents.status)
    .all();
  return Object.fromEntries(rows.map((r) => [r.status, r.count]));
}

export function updateDocumentEffectiveDate(db: Db, id: string, effectiveDate: string | null): void {
  db.update(documents).set({ effectiveDate, updatedAt: new Date() }).where(eq(documents.id, id)).run();
}
