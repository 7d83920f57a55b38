import type { Db } from "@/db/client";
import { readJobLocks } from "@/db/queries/jobs";
import { JobInterrupted } from "./job-interrupted";

/** The job a pipeline run belongs to, and the worker holding it. */
export interface JobOwner {
  jobId: number;
  workerId: string;
}

/** Why a job this worker was running is no longer its to finish, or null if it still is. */
export function interruptionFromLock(
  lock: { status: string; lockedBy: string | null } | undefined,
  workerId: string,
): JobInterrupted | null {
  if (!lock) return new JobInterrupted("deleted");
  if (lock.status === "cancelled" && lock.lockedBy === workerId) return new JobInterrupted("cancelled");
  if (lock.status !== "running" || lock.lockedBy !== workerId) return new JobInterrupted("taken");
  return null;
}

/** Reads the job's state to explain a guarded write that changed nothing. */
export function explainLostJob(db: Db, owner: JobOwner): JobInterrupted {
  const [lock] = readJobLocks(db, [owner.jobId]);
  return interruptionFromLock(lock, owner.workerId) ?? new JobInterrupted("taken");
}
