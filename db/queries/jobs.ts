import { and, asc, desc, eq, inArray, isNotNull, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { chunks, documents, type JobRow, jobs, type NewChunkRow } from "../schema";

/**
 * Job lifecycle: queued -> running -> done | failed | cancelled, or running -> queued again
 * (transient failure, shutdown, or a worker that died). Every write a worker makes is guarded
 * by `status = 'running' AND locked_by = worker`, so a job cancelled or deleted meanwhile is
 * never resurrected by a late write. A cancelled job keeps `locked_by` until its worker has
 * removed what it indexed, and no other job of that document starts before then.
 */

/** Set by the index checkpoint: chunks are in LanceDB and SQLite, so a resumed job only embeds. */
export const EMBED_STAGE = "embed";

function ownedBy(jobId: number, workerId: string) {
  return and(eq(jobs.id, jobId), eq(jobs.status, "running"), eq(jobs.lockedBy, workerId));
}

/**
 * Atomically takes the oldest runnable job and marks its document processing. BEGIN
 * IMMEDIATE makes two workers racing for the same row impossible: the second waits for the
 * first's write lock. A job whose document still has another job locked (a cancelled run
 * still cleaning up) waits, so two runs never write one document's index at once.
 */
export function claimNextJob(db: Db, workerId: string, now = new Date()): JobRow | undefined {
  return db.transaction(
    (tx) => {
      const next = tx
        .select()
        .from(jobs)
        .where(
          and(
            eq(jobs.status, "queued"),
            lte(jobs.runAfter, now),
            sql`NOT EXISTS (SELECT 1 FROM ${jobs} AS other WHERE other.document_id = ${jobs.documentId} AND other.id <> ${jobs.id} AND other.locked_by IS NOT NULL)`,
          ),
        )
        .orderBy(asc(jobs.runAfter), asc(jobs.id))
        .limit(1)
        .get();
      if (!next) return undefined;
      tx.update(documents)
        .set({ status: "processing", error: null, errorReason: null, updatedAt: now })
        .where(eq(documents.id, next.documentId))
        .run();
      return tx
        .update(jobs)
        .set({
          status: "running",
          lockedBy: workerId,
          lockedAt: now,
          attempts: next.attempts + 1,
          // Only the index checkpoint carries over; any other stage is redone from the start.
          stage: next.stage === EMBED_STAGE ? EMBED_STAGE : null,
          startedAt: now,
          finishedAt: null,
          updatedAt: now,
        })
        .where(eq(jobs.id, next.id))
        .returning()
        .get();
    },
    { behavior: "immediate" },
  );
}

function clampPercent(progress: number): number {
  return Math.max(0, Math.min(100, Math.round(progress)));
}

export function updateJobProgress(db: Db, jobId: number, stage: string, progress: number): void {
  db.update(jobs)
    .set({ stage, progress: clampPercent(progress), updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .run();
}

/** Progress from the worker holding the job; a no-op once the job was cancelled or deleted. */
export function recordJobProgress(
  db: Db,
  jobId: number,
  workerId: string,
  stage: string,
  progress: number,
): boolean {
  return (
    db
      .update(jobs)
      .set({ stage, progress: clampPercent(progress), updatedAt: new Date() })
      .where(ownedBy(jobId, workerId))
      .run().changes > 0
  );
}

/**
 * Records a document's chunks and the job's index checkpoint in one transaction, after the
 * same chunks were written to LanceDB. Returns false (writing nothing) when the job is no
 * longer this worker's.
 */
export function checkpointIndexedChunks(
  db: Db,
  job: { jobId: number; workerId: string; documentId: string },
  rows: NewChunkRow[],
  progress: number,
): boolean {
  return db.transaction((tx) => {
    const now = new Date();
    const owned = tx
      .update(jobs)
      .set({ stage: EMBED_STAGE, progress: clampPercent(progress), updatedAt: now })
      .where(ownedBy(job.jobId, job.workerId))
      .run().changes;
    if (owned === 0) return false;
    tx.delete(chunks).where(eq(chunks.documentId, job.documentId)).run();
    for (const row of rows) tx.insert(chunks).values(row).run();
    tx.update(documents)
      .set({ chunkCount: rows.length, embeddedCount: 0, updatedAt: now })
      .where(eq(documents.id, job.documentId))
      .run();
    return true;
  });
}

/** How many chunk rows SQLite holds for a document (to trust an index checkpoint on resume). */
export function countDocumentChunkRows(db: Db, documentId: string): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(chunks)
    .where(eq(chunks.documentId, documentId))
    .get();
  return row?.count ?? 0;
}

export function completeJob(db: Db, jobId: number): void {
  db.update(jobs)
    .set({
      status: "done",
      stage: "done",
      progress: 100,
      lockedBy: null,
      lastError: null,
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, jobId))
    .run();
}

/** Job done and document ready, together; false when the job was cancelled or deleted meanwhile. */
export function completeJobAndDocument(db: Db, jobId: number, workerId: string, documentId: string): boolean {
  return db.transaction((tx) => {
    const now = new Date();
    const changed = tx
      .update(jobs)
      .set({
        status: "done",
        stage: "done",
        progress: 100,
        lockedBy: null,
        lastError: null,
        finishedAt: now,
        updatedAt: now,
      })
      .where(ownedBy(jobId, workerId))
      .run().changes;
    if (changed === 0) return false;
    tx.update(documents)
      .set({ status: "ready", error: null, errorReason: null, updatedAt: now })
      .where(eq(documents.id, documentId))
      .run();
    return true;
  });
}

export function failJob(db: Db, jobId: number, error: string): void {
  db.update(jobs)
    .set({
      status: "failed",
      lastError: error,
      lockedBy: null,
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, jobId))
    .run();
}

export interface JobFailure {
  /** Machine-readable class, stored in documents.error_reason. */
  reason: string;
  /** Safe to show to users. */
  message: string;
  /** For logs and jobs.last_error only. */
  detail: string;
}

/**
 * Job failed and document failed with its reason, together. The caller has already removed
 * anything the run indexed, so the counters are reset. False when the job is no longer ours.
 */
export function failJobAndDocument(
  db: Db,
  jobId: number,
  workerId: string,
  documentId: string,
  failure: JobFailure,
): boolean {
  return db.transaction((tx) => {
    const now = new Date();
    const changed = tx
      .update(jobs)
      .set({ status: "failed", lastError: failure.detail, lockedBy: null, finishedAt: now, updatedAt: now })
      .where(ownedBy(jobId, workerId))
      .run().changes;
    if (changed === 0) return false;
    tx.update(documents)
      .set({
        status: "failed",
        error: failure.message,
        errorReason: failure.reason,
        chunkCount: 0,
        embeddedCount: 0,
        updatedAt: now,
      })
      .where(eq(documents.id, documentId))
      .run();
    return true;
  });
}

/** Puts a job back in the queue to run no earlier than `runAfter` (transient failure). */
export function retryJobLater(db: Db, jobId: number, error: string, runAfter: Date): void {
  db.update(jobs)
    .set({ status: "queued", lastError: error, runAfter, lockedBy: null, updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .run();
}

/**
 * Hands a job back to the queue: `runAfter` later for a transient failure, or at once (and
 * without counting the attempt) when the worker is shutting down. The stage is kept, so an
 * index checkpoint survives. False when the job is no longer ours.
 */
export function requeueOwnedJob(
  db: Db,
  jobId: number,
  workerId: string,
  documentId: string,
  options: { runAfter?: Date; lastError?: string; countAttempt: boolean },
): boolean {
  return db.transaction((tx) => {
    const now = new Date();
    const changed = tx
      .update(jobs)
      .set({
        status: "queued",
        lockedBy: null,
        runAfter: options.runAfter ?? now,
        updatedAt: now,
        ...(options.lastError === undefined ? {} : { lastError: options.lastError }),
        ...(options.countAttempt ? {} : { attempts: sql`max(0, ${jobs.attempts} - 1)` }),
      })
      .where(ownedBy(jobId, workerId))
      .run().changes;
    if (changed === 0) return false;
    tx.update(documents).set({ status: "queued", updatedAt: now }).where(eq(documents.id, documentId)).run();
    return true;
  });
}

/** A cancelled job's worker has removed what the run indexed: other jobs of the document may start. */
export function releaseCancelledJob(db: Db, jobId: number): void {
  db.update(jobs)
    .set({ lockedBy: null, finishedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(jobs.id, jobId), eq(jobs.status, "cancelled")))
    .run();
}

/**
 * Jobs left `running` by a worker that died are queued again; every stage is idempotent.
 * The attempt counts only if the worker died while reading the file (stage "extract"): a
 * file that kills the process each time it is read must end failed, not loop forever, while
 * a restart during indexing or embedding says nothing about the file.
 */
export function requeueAbandonedJobs(db: Db, activeWorkerId: string): number {
  return db.transaction((tx) => {
    const abandoned = tx
      .select({ id: jobs.id, documentId: jobs.documentId })
      .from(jobs)
      .where(and(eq(jobs.status, "running"), sql`${jobs.lockedBy} IS NOT ${activeWorkerId}`))
      .all();
    if (abandoned.length === 0) return 0;
    const now = new Date();
    tx.update(jobs)
      .set({
        status: "queued",
        lockedBy: null,
        updatedAt: now,
        attempts: sql`CASE WHEN ${jobs.stage} = 'extract' THEN ${jobs.attempts} ELSE max(0, ${jobs.attempts} - 1) END`,
      })
      .where(
        inArray(
          jobs.id,
          abandoned.map((job) => job.id),
        ),
      )
      .run();
    tx.update(documents)
      .set({ status: "queued", updatedAt: now })
      .where(
        and(
          inArray(
            documents.id,
            abandoned.map((job) => job.documentId),
          ),
          eq(documents.status, "processing"),
        ),
      )
      .run();
    return abandoned.length;
  });
}

/** Cancelled jobs whose worker died before it removed what the run had indexed. */
export function listAbandonedCancellations(
  db: Db,
  activeWorkerId: string,
): Array<{ id: number; documentId: string }> {
  return db
    .select({ id: jobs.id, documentId: jobs.documentId })
    .from(jobs)
    .where(and(eq(jobs.status, "cancelled"), isNotNull(jobs.lockedBy), ne(jobs.lockedBy, activeWorkerId)))
    .all();
}

/** Status and holder of the given jobs; a job missing from the answer was deleted with its document. */
export function readJobLocks(
  db: Db,
  jobIds: number[],
): Array<{ id: number; status: JobRow["status"]; lockedBy: string | null }> {
  if (jobIds.length === 0) return [];
  return db
    .select({ id: jobs.id, status: jobs.status, lockedBy: jobs.lockedBy })
    .from(jobs)
    .where(inArray(jobs.id, jobIds))
    .all();
}

export {
  type CancelOutcome,
  cancelDocumentJob,
  type RequeueOutcome,
  requeueFailedDocument,
} from "./job-controls";

export function latestJobsByDocument(db: Db, documentIds: string[]): Map<string, JobRow> {
  const result = new Map<string, JobRow>();
  if (documentIds.length === 0) return result;
  const rows = db
    .select()
    .from(jobs)
    .where(inArray(jobs.documentId, documentIds))
    .orderBy(desc(jobs.id))
    .all();
  for (const row of rows) if (!result.has(row.documentId)) result.set(row.documentId, row);
  return result;
}
