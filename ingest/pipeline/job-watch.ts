import type { Db } from "@/db/client";
import { readJobLocks } from "@/db/queries/jobs";
import { type InterruptionKind, JobInterrupted } from "./job-interrupted";
import { interruptionFromLock } from "./job-owner";

/**
 * Gives each running job an AbortSignal and polls SQLite for the jobs' state: a job
 * cancelled through the API (another process), deleted with its document, or taken by
 * another worker is aborted, so it stops at once (the thread reading its file is terminated,
 * its wait for vectors ends) rather than at the next stage boundary.
 */
export class JobWatch {
  readonly #db: Db;
  readonly #workerId: string;
  readonly #controllers = new Map<number, AbortController>();
  readonly #timer: NodeJS.Timeout;

  constructor(db: Db, workerId: string, intervalMs: number) {
    this.#db = db;
    this.#workerId = workerId;
    this.#timer = setInterval(() => this.poll(), intervalMs);
    this.#timer.unref();
  }

  watch(jobId: number): AbortSignal {
    const controller = new AbortController();
    this.#controllers.set(jobId, controller);
    return controller.signal;
  }

  unwatch(jobId: number): void {
    this.#controllers.delete(jobId);
  }

  abortAll(kind: InterruptionKind): void {
    for (const controller of this.#controllers.values()) controller.abort(new JobInterrupted(kind));
  }

  poll(): void {
    if (this.#controllers.size === 0) return;
    let locks: ReturnType<typeof readJobLocks>;
    try {
      locks = readJobLocks(this.#db, [...this.#controllers.keys()]);
    } catch (error) {
      console.warn("[quire-worker] could not check for cancelled jobs", error);
      return;
    }
    const byId = new Map(locks.map((lock) => [lock.id, lock]));
    for (const [jobId, controller] of this.#controllers) {
      if (controller.signal.aborted) continue;
      const interruption = interruptionFromLock(byId.get(jobId), this.#workerId);
      if (interruption) controller.abort(interruption);
    }
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
