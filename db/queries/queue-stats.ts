import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../client";
import { documents, jobs } from "../schema";
import type { CollectionIds } from "./documents";

export interface FinishedRun {
  startedAt: Date;
  finishedAt: Date;
  pages: number;
}

/** The most recently finished successful runs with their document's page count, newest first. */
export function listRecentFinishedRuns(db: Db, limit: number): FinishedRun[] {
  return db
    .select({ startedAt: jobs.startedAt, finishedAt: jobs.finishedAt, pages: documents.pages })
    .from(jobs)
    .innerJoin(documents, eq(documents.id, jobs.documentId))
    .where(and(eq(jobs.status, "done"), isNotNull(jobs.startedAt), isNotNull(jobs.finishedAt)))
    .orderBy(desc(jobs.finishedAt))
    .limit(limit)
    .all()
    .flatMap((row) =>
      row.startedAt && row.finishedAt
        ? [{ startedAt: row.startedAt, finishedAt: row.finishedAt, pages: row.pages ?? 0 }]
        : [],
    );
}

export interface PendingDocument {
  id: string;
  status: "queued" | "processing";
  /** Known once extracted; null before. */
  pages: number | null;
}

/** Documents still waiting for or in ingestion, within the given collections. */
export function listPendingDocuments(db: Db, collectionIds: CollectionIds): PendingDocument[] {
  if (collectionIds?.length === 0) return [];
  return db
    .select({ id: documents.id, status: documents.status, pages: documents.pages })
    .from(documents)
    .where(
      and(
        inArray(documents.status, ["queued", "processing"]),
        collectionIds === null ? undefined : inArray(documents.collectionId, [...collectionIds]),
      ),
    )
    .all()
    .flatMap((row) =>
      row.status === "queued" || row.status === "processing"
        ? [{ id: row.id, status: row.status, pages: row.pages }]
        : [],
    );
}
