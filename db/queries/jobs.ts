import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../client";
import { type JobRow, jobs } from "../schema";

/**
 * Atomically takes the oldest runnable job. BEGIN IMMEDIATE makes two workers racing
 * for the same row impossible: the second waits for the first's write lock.
 */
export function claimNextJob(db: Db, workerId: string, now = new Date()): JobRow | undefined {
  return db.transaction(
    (tx) => {
      const next = tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, "queued"), lte(jobs.runAfter, now)))
        .orderBy(asc(jobs.runAfter), asc(jobs.id))
        .limit(1)
        .get();
      if (!next) return undefined;
      return tx
        .update(jobs)
        .set({
          status: "running",
          lockedBy: workerId,
          lockedAt: now,
          attempts: next.attempts + 1,
          updatedAt: now,
        })
        .where(eq(jobs.id, next.id))
        .returning()
        .get();
    },
    { behavior: "immediate" },
  );
}

export function updateJobProgress(db: Db, jobId: number, stage: string, progress: number): void {
  db.update(jobs)
    .set({ stage, progress: Math.max(0, Math.min(100, Math.round(progress))), updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .run();
}

export function completeJob(db: Db, jobId: number): void {
  db.update(jobs)
    .set({
      status: "done",
      stage: "done",
      progress: 100,
      lockedBy: null,
      lastError: null,
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, jobId))
    .run();
}

export function failJob(db: Db, jobId: number, error: string): void {
  db.update(jobs)
    .set({ status: "failed", lastError: error, lockedBy: null, updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .run();
}

/** Puts a job back in the queue to run no earlier than `runAfter` (transient failure). */
export function retryJobLater(db: Db, jobId: number, error: string, runAfter: Date): void {
  db.update(jobs)
    .set({ status: "queued", lastError: error, runAfter, lockedBy: null, updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .run();
}

/** Jobs left `running` by a worker that died are queued again; every stage is idempotent. */
export function requeueAbandonedJobs(db: Db, activeWorkerId: string): number {
  const abandoned = db
    .select({ id: jobs.id, lockedBy: jobs.lockedBy })
    .from(jobs)
    .where(eq(jobs.status, "running"))
    .all();
  const ids = abandoned.filter((j) => j.lockedBy !== activeWorkerId).map((j) => j.id);
  if (ids.length === 0) return 0;
  return db
    .update(jobs)
    .set({ status: "queued", lockedBy: null, updatedAt: new Date() })
    .where(inArray(jobs.id, ids))
    .run().changes;
}

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
