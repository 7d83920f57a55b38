import { getDocument } from "@/db/queries/documents";
import {
  completeJobAndDocument,
  countDocumentChunkRows,
  EMBED_STAGE,
  failJobAndDocument,
  recordJobProgress,
  releaseCancelledJob,
  requeueOwnedJob,
} from "@/db/queries/jobs";
import type { JobRow } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { ExtractFn } from "../threads/extract-pool";
import { classifyFailure } from "./classify-failure";
import { discardDocumentIndex } from "./discard-document-index";
import type { EmbedScheduler } from "./embed-scheduler";
import { interruptionOf, type JobInterrupted } from "./job-interrupted";
import { explainLostJob } from "./job-owner";
import type { PipelineDeps, PipelineStage } from "./pipeline-types";
import { processDocument } from "./process-document";
import { supersedeAfterReady } from "./supersede-after-ready";

export interface JobRunContext {
  deps: PipelineDeps;
  workerId: string;
  extract: ExtractFn;
  embedder: EmbedScheduler;
  maxAttempts: number;
}

export interface JobControl {
  signal: AbortSignal;
  /** Frees the job's extraction slot; called once indexing is done (idempotent). */
  releaseSlot: () => void;
}

/**
 * Claims of a job whose worker died while reading its file count as attempts (see
 * requeueAbandonedJobs). Past this many, the file is taken to be what kills the worker (a
 * reader crash that takes the process down) and is set aside. Set well above the restarts an
 * operator or a crash test causes, so only a real crash loop trips it.
 */
const MAX_CLAIMS_AFTER_DEATHS_WHILE_READING = 10;

function retryDelayMs(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** (attempt - 1));
}

/** The previous attempts all ended with the worker process dying while it read this file. */
function workerDiedReading(attempts: number): AppError {
  return new AppError("UNPROCESSABLE", `Worker died during extraction in ${attempts} attempts`, {
    userMessage: `The ingest worker stopped each time it read this file (${attempts} times), so the file was set aside.`,
    details: { reason: "internal" },
  });
}

/** Resuming at embedding is safe only if the checkpoint's chunks are still all there. */
function canResumeAtEmbed(deps: PipelineDeps, job: JobRow): boolean {
  if (job.stage !== EMBED_STAGE) return false;
  const document = getDocument(deps.db, job.documentId);
  return document !== undefined && countDocumentChunkRows(deps.db, job.documentId) === document.chunkCount;
}

/**
 * Runs one claimed job to its end: done (document ready), failed with a reason (nothing left
 * indexed), queued again (transient failure, or the worker is stopping), or stopped because
 * it was cancelled or deleted meanwhile. Never throws.
 */
export async function runJob(context: JobRunContext, job: JobRow, control: JobControl): Promise<void> {
  const { deps, workerId } = context;
  let stage: PipelineStage | null = null;
  try {
    if (job.attempts > Math.max(context.maxAttempts, MAX_CLAIMS_AFTER_DEATHS_WHILE_READING)) {
      throw workerDiedReading(job.attempts - 1);
    }
    await processDocument(
      deps,
      job.documentId,
      (next, percent) => {
        stage = next;
        recordJobProgress(deps.db, job.id, workerId, next, percent);
      },
      {
        signal: control.signal,
        extract: context.extract,
        embedder: context.embedder,
        job: { jobId: job.id, workerId },
        resumeAtEmbed: canResumeAtEmbed(deps, job),
        onIndexed: control.releaseSlot,
      },
    );
    if (!completeJobAndDocument(deps.db, job.id, workerId, job.documentId)) {
      await settleInterruption(context, job, explainLostJob(deps.db, { jobId: job.id, workerId }));
      return;
    }
    await supersedeAfterReady(deps, job.documentId);
  } catch (error) {
    const interruption = interruptionOf(error, control.signal);
    if (interruption) await settleInterruption(context, job, interruption);
    else await settleFailure(context, job, error, stage === null || stage === "extract");
  } finally {
    control.releaseSlot();
  }
}

async function settleInterruption(
  context: JobRunContext,
  job: JobRow,
  interruption: JobInterrupted,
): Promise<void> {
  const { deps, workerId } = context;
  const { kind } = interruption;
  if (kind === "taken") return;
  if (kind === "shutdown") {
    requeueOwnedJob(deps.db, job.id, workerId, job.documentId, { countAttempt: false });
    return;
  }
  await discardDocumentIndex({ ...deps, embedder: context.embedder }, job.documentId);
  if (kind === "cancelled") releaseCancelledJob(deps.db, job.id);
  console.log(`[quire-worker] job ${job.id} stopped: document ${kind}`);
}

async function settleFailure(
  context: JobRunContext,
  job: JobRow,
  error: unknown,
  failedWhileReading: boolean,
): Promise<void> {
  const { deps, workerId } = context;
  const verdict = classifyFailure(error, failedWhileReading);
  if (verdict.retryable && job.attempts < context.maxAttempts) {
    console.warn(
      `[quire-worker] job ${job.id} attempt ${job.attempts} failed, will retry: ${verdict.detail}`,
    );
    const runAfter = new Date(Date.now() + retryDelayMs(job.attempts));
    requeueOwnedJob(deps.db, job.id, workerId, job.documentId, {
      runAfter,
      lastError: verdict.detail,
      countAttempt: true,
    });
    return;
  }
  console.warn(`[quire-worker] job ${job.id} failed (${verdict.reason}): ${verdict.detail}`);
  try {
    await discardDocumentIndex({ ...deps, embedder: context.embedder }, job.documentId);
  } catch (cleanupError) {
    // The failure is still recorded; a retry of the document rewrites the index anyway.
    console.warn(`[quire-worker] could not remove the index rows of ${job.documentId}`, cleanupError);
  }
  const message = verdict.retryable
    ? `${verdict.message} (gave up after ${job.attempts} attempts)`
    : verdict.message;
  const failed = failJobAndDocument(deps.db, job.id, workerId, job.documentId, {
    reason: verdict.reason,
    message,
    detail: verdict.detail,
  });
  if (!failed) releaseCancelledJob(deps.db, job.id);
}
