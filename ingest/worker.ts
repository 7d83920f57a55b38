import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { updateDocument } from "@/db/queries/documents";
import {
  claimNextJob,
  completeJob,
  failJob,
  requeueAbandonedJobs,
  retryJobLater,
  updateJobProgress,
} from "@/db/queries/jobs";
import type { JobRow } from "@/db/schema";
import { isAppError } from "@/lib/errors/app-error";
import { embedPendingChunks } from "./embed/embed-pending-chunks";
import { type PipelineDeps, processDocument } from "./pipeline/process-document";

export interface WorkerOptions {
  workerId?: string;
  signal?: AbortSignal;
  pollMs?: number;
  backfillEveryMs?: number;
  maxAttempts?: number;
  /** Stop once the queue is empty and nothing is left to embed (tests, one-shot imports). */
  exitWhenIdle?: boolean;
}

const PERMANENT_CODES = new Set([
  "UNPROCESSABLE",
  "UNSUPPORTED_MEDIA_TYPE",
  "PAYLOAD_TOO_LARGE",
  "NOT_FOUND",
]);

function retryDelayMs(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** (attempt - 1));
}

async function runJob(deps: PipelineDeps, job: JobRow, maxAttempts: number): Promise<void> {
  try {
    await processDocument(deps, job.documentId, (stage, percent) =>
      updateJobProgress(deps.db, job.id, stage, percent),
    );
    completeJob(deps.db, job.id);
  } catch (error) {
    const permanent = isAppError(error) && PERMANENT_CODES.has(error.code);
    const reason = isAppError(error) ? error.userMessage : "Ingestion failed unexpectedly.";
    const internal = error instanceof Error ? error.message : String(error);
    if (!permanent && job.attempts < maxAttempts) {
      console.warn(`[quire-worker] job ${job.id} attempt ${job.attempts} failed, will retry: ${internal}`);
      retryJobLater(deps.db, job.id, internal, new Date(Date.now() + retryDelayMs(job.attempts)));
      updateDocument(deps.db, job.documentId, { status: "queued" });
      return;
    }
    console.warn(`[quire-worker] job ${job.id} failed: ${internal}`);
    failJob(deps.db, job.id, internal);
    updateDocument(deps.db, job.documentId, {
      status: "failed",
      error: permanent ? reason : `${reason} (gave up after ${job.attempts} attempts)`,
    });
  }
}

/**
 * The ingest loop: takes queued jobs from SQLite one at a time, and while idle fills in
 * embeddings that could not be made earlier (model host down at ingest time).
 */
export async function runWorker(deps: PipelineDeps, options: WorkerOptions = {}): Promise<void> {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 500;
  const backfillEveryMs = options.backfillEveryMs ?? 10_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const requeued = requeueAbandonedJobs(deps.db, workerId);
  if (requeued > 0) console.log(`[quire-worker] resumed ${requeued} interrupted job(s)`);

  let nextBackfillAt = 0;
  let dirty = false;
  while (!options.signal?.aborted) {
    const job = claimNextJob(deps.db, workerId);
    if (job) {
      await runJob(deps, job, maxAttempts);
      dirty = true;
      continue;
    }
    if (dirty) {
      await deps.store
        .optimize()
        .catch((error: unknown) => console.warn("[quire-worker] optimize failed", error));
      dirty = false;
    }
    if (Date.now() >= nextBackfillAt) {
      const outcome = await embedPendingChunks(deps, {
        limit: deps.config.embedBatchSize * 4,
        signal: options.signal,
      }).catch(() => ({ embedded: 0 }));
      if (outcome.embedded > 0) {
        dirty = true;
        continue;
      }
      nextBackfillAt = Date.now() + backfillEveryMs;
      if (options.exitWhenIdle) return;
    }
    await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined);
  }
}
