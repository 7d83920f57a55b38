import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { documents, jobs } from "../schema";

/** Reads inside the transactions below; a transaction offers the same select as the database. */
type Reader = Pick<Db, "select">;

function documentStatus(reader: Reader, documentId: string) {
  return reader
    .select({ status: documents.status })
    .from(documents)
    .where(eq(documents.id, documentId))
    .get();
}

/** The document's newest queued or running job, if any. */
function latestActiveJob(reader: Reader, documentId: string) {
  return reader
    .select()
    .from(jobs)
    .where(and(eq(jobs.documentId, documentId), inArray(jobs.status, ["queued", "running"])))
    .orderBy(desc(jobs.id))
    .limit(1)
    .get();
}

export type CancelOutcome =
  | { kind: "not_found" }
  | { kind: "not_active"; status: string }
  | { kind: "cancelled"; jobId: number; wasRunning: boolean };

/**
 * Cancels the document's queued or running job and fails the document with reason
 * "cancelled", in one transaction. A queued job is finished at once; a running one keeps its
 * lock until its worker notices and removes what it indexed.
 */
export function cancelDocumentJob(db: Db, documentId: string, message: string): CancelOutcome {
  return db.transaction(
    (tx) => {
      const document = documentStatus(tx, documentId);
      if (!document) return { kind: "not_found" };
      const active = latestActiveJob(tx, documentId);
      if (!active) return { kind: "not_active", status: document.status };
      const now = new Date();
      const wasRunning = active.status === "running";
      tx.update(jobs)
        .set({
          status: "cancelled",
          lastError: "cancelled by a user",
          updatedAt: now,
          ...(wasRunning ? {} : { lockedBy: null, finishedAt: now }),
        })
        .where(eq(jobs.id, active.id))
        .run();
      tx.update(documents)
        .set({ status: "failed", error: message, errorReason: "cancelled", updatedAt: now })
        .where(eq(documents.id, documentId))
        .run();
      return { kind: "cancelled", jobId: active.id, wasRunning };
    },
    { behavior: "immediate" },
  );
}

export type RequeueOutcome =
  | { kind: "not_found" }
  | { kind: "conflict"; status: string }
  | { kind: "queued"; jobId: number };

/** Queues a failed (or cancelled) document again with a fresh job; anything else is a conflict. */
export function requeueFailedDocument(db: Db, documentId: string): RequeueOutcome {
  return db.transaction(
    (tx) => {
      const document = documentStatus(tx, documentId);
      if (!document) return { kind: "not_found" };
      const active = latestActiveJob(tx, documentId);
      if (document.status !== "failed" || active) return { kind: "conflict", status: document.status };
      const now = new Date();
      const job = tx
        .insert(jobs)
        .values({ documentId, kind: "ingest", runAfter: now })
        .returning({ id: jobs.id })
        .get();
      tx.update(documents)
        .set({ status: "queued", error: null, errorReason: null, updatedAt: now })
        .where(eq(documents.id, documentId))
        .run();
      return { kind: "queued", jobId: job.id };
    },
    { behavior: "immediate" },
  );
}
