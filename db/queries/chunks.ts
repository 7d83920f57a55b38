import { and, asc, eq, gte, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type ChunkRow, chunks, documents, type NewChunkRow } from "../schema";

/** Replaces a document's chunk bookkeeping in one transaction, so a retried ingest never duplicates. */
export function replaceDocumentChunks(db: Db, documentId: string, rows: NewChunkRow[]): void {
  db.transaction((tx) => {
    tx.delete(chunks).where(eq(chunks.documentId, documentId)).run();
    for (const row of rows) tx.insert(chunks).values(row).run();
    tx.update(documents)
      .set({ chunkCount: rows.length, embeddedCount: 0, updatedAt: new Date() })
      .where(eq(documents.id, documentId))
      .run();
  });
}

export function listDocumentChunks(db: Db, documentId: string): ChunkRow[] {
  return db.select().from(chunks).where(eq(chunks.documentId, documentId)).orderBy(asc(chunks.ordinal)).all();
}

/** Chunks of documents not failed that have no vector from `model` yet, oldest documents first. */
export function listChunksNeedingEmbedding(
  db: Db,
  model: string,
  limit: number,
  documentId?: string,
): Array<ChunkRow & { title: string }> {
  return db
    .select({ chunk: chunks, title: documents.title })
    .from(chunks)
    .innerJoin(documents, eq(documents.id, chunks.documentId))
    .where(
      and(
        or(isNull(chunks.embeddedWith), ne(chunks.embeddedWith, model)),
        ne(documents.status, "failed"),
        documentId === undefined ? undefined : eq(chunks.documentId, documentId),
      ),
    )
    .orderBy(asc(documents.createdAt), asc(chunks.documentId), asc(chunks.ordinal))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.chunk, title: r.title }));
}

export function countChunksNeedingEmbedding(db: Db, model: string): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(chunks)
    .where(or(isNull(chunks.embeddedWith), ne(chunks.embeddedWith, model)))
    .get();
  return row?.count ?? 0;
}

/** The same count within some collections (null: all), for callers that may not see the rest. */
export function countChunksNeedingEmbeddingIn(
  db: Db,
  model: string,
  collectionIds: readonly string[] | null,
): number {
  if (collectionIds === null) return countChunksNeedingEmbedding(db, model);
  if (collectionIds.length === 0) return 0;
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(chunks)
    .innerJoin(documents, eq(documents.id, chunks.documentId))
    .where(
      and(
        or(isNull(chunks.embeddedWith), ne(chunks.embeddedWith, model)),
        inArray(documents.collectionId, [...collectionIds]),
      ),
    )
    .get();
  return row?.count ?? 0;
}

export function countEmbeddedChunks(db: Db): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(chunks)
    .where(sql`${chunks.embeddedWith} IS NOT NULL`)
    .get();
  return row?.count ?? 0;
}

/** Records which model embedded these chunks and refreshes the per-document counters. */
export function markChunksEmbedded(db: Db, chunkIds: string[], model: string): void {
  if (chunkIds.length === 0) return;
  db.transaction((tx) => {
    const touched = new Set<string>();
    for (const id of chunkIds) {
      const row = tx
        .update(chunks)
        .set({ embeddedWith: model })
        .where(eq(chunks.id, id))
        .returning({ documentId: chunks.documentId })
        .get();
      if (row) touched.add(row.documentId);
    }
    for (const documentId of touched) {
      tx.update(documents)
        .set({
          embeddedCount: sql`(SELECT count(*) FROM ${chunks} WHERE ${chunks.documentId} = ${documentId} AND ${chunks.embeddedWith} = ${model})`,
        })
        .where(eq(documents.id, documentId))
        .run();
    }
  });
}

/** Forgets every vector, e.g. after the embedding model changed; the worker then re-embeds. */
export function clearEmbeddingMarks(db: Db): void {
  db.transaction((tx) => {
    tx.update(chunks).set({ embeddedWith: null }).run();
    tx.update(documents).set({ embeddedCount: 0 }).run();
  });
}

/**
 * For each chunk, the texts of the chunks up to `radius` places before and after it in its
 * document, nearest last and first respectively. Unknown chunk ids are left out.
 */
export function listNeighbourChunkTexts(
  db: Db,
  chunkIds: readonly string[],
  radius: number,
): Map<string, { before: Array<{ id: string; text: string }>; after: Array<{ id: string; text: string }> }> {
  const result = new Map<
    string,
    { before: Array<{ id: string; text: string }>; after: Array<{ id: string; text: string }> }
  >();
  if (radius <= 0) return result;
  for (const chunkId of new Set(chunkIds)) {
    const hit = db
      .select({ documentId: chunks.documentId, ordinal: chunks.ordinal })
      .from(chunks)
      .where(eq(chunks.id, chunkId))
      .get();
    if (!hit) continue;
    const around = db
      .select({ id: chunks.id, ordinal: chunks.ordinal, text: chunks.text })
      .from(chunks)
      .where(
        and(
          eq(chunks.documentId, hit.documentId),
          sql`${chunks.ordinal} BETWEEN ${hit.ordinal - radius} AND ${hit.ordinal + radius}`,
        ),
      )
      .orderBy(asc(chunks.ordinal))
      .all();
    result.set(chunkId, {
      before: around.filter((row) => row.ordinal < hit.ordinal).map(({ id, text }) => ({ id, text })),
      after: around.filter((row) => row.ordinal > hit.ordinal).map(({ id, text }) => ({ id, text })),
    });
  }
  return result;
}

/** The chunks whose page span covers `page`, in reading order: a page rebuilt for documents ingested before page texts were kept. */
export function listChunksCoveringPage(db: Db, documentId: string, page: number): ChunkRow[] {
  return db
    .select()
    .from(chunks)
    .where(and(eq(chunks.documentId, documentId), lte(chunks.pageStart, page), gte(chunks.pageEnd, page)))
    .orderBy(asc(chunks.ordinal))
    .all();
}
