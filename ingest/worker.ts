import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { claimNextJob } from "@/db/queries/jobs";
import type { JobRow } from "@/db/schema";
import type { Config } from "@/lib/config";
import { applyDueVersions } from "@/lib/documents/supersede-previous-versions";
import { EmbedScheduler } from "./pipeline/embed-scheduler";
import { IndexOptimizer } from "./pipeline/index-optimizer";
import { JobWatch } from "./pipeline/job-watch";
import type { PipelineDeps } from "./pipeline/pipeline-types";
import { recoverInterruptedJobs } from "./pipeline/recover-interrupted-jobs";
import { type JobRunContext, runJob } from "./pipeline/run-job";
import { serializeIndexWrites } from "./pipeline/serialize-index-writes";
import { Wakeup } from "./pipeline/wakeup";
import { type ExtractFn, ExtractPool } from "./threads/extract-pool";

export type { PipelineDeps } from "./pipeline/pipeline-types";

export interface WorkerOptions {
  workerId?: string;
  signal?: AbortSignal;
  pollMs?: number;
  backfillEveryMs?: number;
  maxAttempts?: number;
  /** Stop once the queue is empty and nothing is left to embed (tests, one-shot imports). */
  exitWhenIdle?: boolean;
  /**
   * How files are read. Defaults to a thread pool of min(2, cores) threads with the configured
   * time and memory limits, made and closed by this call; pass a pool to share it between runs.
   */
  extractPool?: ExtractionPool;
  /** Embedding calls in flight at once. */
  embedCallsInFlight?: number;
  /** How often running jobs check SQLite for a cancellation. */
  cancelPollMs?: number;
}

/** Jobs past indexing that wait for vectors, per extraction slot: enough to keep the host busy. */
const AWAITING_EMBEDDING_PER_SLOT = 4;

/** What the worker needs of a thread pool; tests pass their own. */
export interface ExtractionPool {
  extract: ExtractFn;
  /** Files read at once: the worker's extraction slots. */
  size: number;
  close?: () => Promise<void>;
}

export function defaultExtractionThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

function defaultExtractPool(config: Config): ExtractPool {
  return new ExtractPool({
    size: defaultExtractionThreads(),
    timeoutMs: config.extractTimeoutMs,
    memoryMb: config.extractMemoryMb,
  });
}

/**
 * The ingest loop. Claims queued jobs from SQLite into a few extraction slots (files are read
 * on worker threads), hands indexed documents to one shared embedding pipeline and frees the
 * slot, so reading the next file overlaps with embedding the last. While idle it optimizes the
 * index and fills in embeddings that could not be made earlier (model host down).
 */
export async function runWorker(deps: PipelineDeps, options: WorkerOptions = {}): Promise<void> {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 500;
  const backfillEveryMs = options.backfillEveryMs ?? 10_000;
  const pipeline: PipelineDeps = { ...deps, store: serializeIndexWrites(deps.store) };
  const embedder = new EmbedScheduler(pipeline, {
    batchSize: deps.config.embedBatchSize,
    maxInFlight: options.embedCallsInFlight ?? 2,
    pauseAfterFailureMs: Math.max(backfillEveryMs, 5_000),
  });
  await recoverInterruptedJobs({ ...pipeline, embedder }, workerId);

  const pool = options.extractPool ?? defaultExtractPool(deps.config);
  const context: JobRunContext = {
    deps: pipeline,
    workerId,
    extract: pool.extract,
    embedder,
    maxAttempts: options.maxAttempts ?? 3,
  };
  const watch = new JobWatch(deps.db, workerId, options.cancelPollMs ?? 500);
  const optimizer = new IndexOptimizer(pipeline.store);
  const wakeup = new Wakeup();
  const running = new Set<Promise<void>>();
  let extracting = 0;

  const start = (job: JobRow) => {
    extracting += 1;
    let holdsSlot = true;
    const releaseSlot = () => {
      if (!holdsSlot) return;
      holdsSlot = false;
      extracting -= 1;
      wakeup.notify();
    };
    const run = runJob(context, job, { signal: watch.watch(job.id), releaseSlot }).finally(() => {
      watch.unwatch(job.id);
      running.delete(run);
      optimizer.markDirty();
      wakeup.notify();
    });
    running.add(run);
  };

  const stopJobs = () => watch.abortAll("shutdown");
  options.signal?.addEventListener("abort", stopJobs, { once: true });
  let nextBackfillAt = 0;
  try {
    while (!options.signal?.aborted) {
      while (extracting < pool.size && running.size < pool.size * (1 + AWAITING_EMBEDDING_PER_SLOT)) {
        const job = claimNextJob(deps.db, workerId);
        if (!job) break;
        start(job);
      }
      if (running.size > 0) {
        optimizer.whileBusy();
        await wakeup.wait(pollMs, options.signal);
        continue;
      }
      await optimizer.whenIdle();
      if (Date.now() >= nextBackfillAt) {
        await applyDueVersions(pipeline).catch((error: unknown) =>
          console.warn("[quire-worker] could not apply due versions", error),
        );
        const embedded = await embedder.backfill().catch(() => 0);
        if (embedded > 0) {
          optimizer.markDirty();
          continue;
        }
        nextBackfillAt = Date.now() + backfillEveryMs;
        if (options.exitWhenIdle) return;
      }
      await wakeup.wait(pollMs, options.signal);
    }
  } finally {
    options.signal?.removeEventListener("abort", stopJobs);
    stopJobs();
    await Promise.allSettled(running);
    watch.stop();
    await embedder.close();
    await optimizer.settled();
    if (!options.extractPool) await pool.close?.();
  }
}
