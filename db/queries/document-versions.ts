import { and, desc, eq, gt, isNotNull, isNull, lt, ne } from "drizzle-orm";
import type { Db } from "../client";
import { chunks, type DocumentRow, documents } from "../schema";

export function latestVersionOf(db: Db, sourceKey: string): DocumentRow | undefined {
  return db
    .select()
    .from(documents)
    .where(eq(documents.sourceKey, sourceKey))
    .orderBy(desc(documents.version))
    .limit(1)
    .get();
}

/** Older versions of the same source that are still retrievable. */
export function listOlderCurrentVersions(db: Db, document: DocumentRow): DocumentRow[] {
  return db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.sourceKey, document.sourceKey),
        lt(documents.version, document.version),
        isNull(documents.supersededBy),
        ne(documents.id, document.id),
      ),
    )
    .all();
}

/** Marks a version superseded and drops its chunk bookkeeping; the row and file stay for old citations. */
export function markSuperseded(db: Db, documentId: string, supersededBy: string): void {
  db.transaction((tx) => {
    tx.update(documents)
      .set({ supersededBy, updatedAt: new Date() })
      .where(eq(documents.id, documentId))
      .run();
    tx.delete(chunks).where(eq(chunks.documentId, documentId)).run();
  });
}

/** Ready versions whose effective date is still ahead: indexed, but not retrievable yet. */
export function listNotYetEffectiveIds(db: Db, today: string): string[] {
  return db
    .select({ id: documents.id })
    .from(documents)
    .where(and(isNotNull(documents.effectiveDate), gt(documents.effectiveDate, today)))
    .all()
    .map((r) => r.id);
}

/** Ready, current versions whose effective date has arrived and that may replace older ones. */
export function listEffectiveReadyVersions(db: Db, today: string): DocumentRow[] {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.status, "ready"), isNull(documents.supersededBy), gt(documents.version, 1)))
    .all()
    .filter((row) => row.effectiveDate === null || row.effectiveDate <= today);
}
