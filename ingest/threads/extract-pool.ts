import type { ExtractedDocument } from "@/lib/domain/types";
import { ExtractionThread } from "./extraction-thread";

export interface ExtractPoolOptions {
  /** Threads, i.e. files read at once. */
  size: number;
  /** Per file; past it the thread is terminated and the file fails as timed_out. */
  timeoutMs: number;
  /** Heap limit per thread; past it the file fails as too_large. */
  memoryMb: number;
  /** The module each thread runs; defaults to the real readers. Tests pass misbehaving ones. */
  threadModule?: URL;
  /** How long a new thread may take to load its readers. */
  startupTimeoutMs?: number;
}

/** `onStart` fires when a ready thread takes the file: from then on the file itself is being read. */
export type ExtractFn = (
  bytes: Uint8Array,
  mimeType: string,
  signal?: AbortSignal,
  onStart?: () => void,
) => Promise<ExtractedDocument>;

const DEFAULT_THREAD_MODULE = new URL("./extract-thread.ts", import.meta.url);

/**
 * Runs extraction on worker threads so a hostile file costs one thread, never the worker:
 * each file gets a time limit and a heap limit, and a thread that hit either is replaced.
 * Threads start on first use and are reused, so the readers load once per thread.
 */
export class ExtractPool {
  readonly #options: Required<ExtractPoolOptions>;
  readonly #idle: ExtractionThread[] = [];
  readonly #live = new Set<ExtractionThread>();
  readonly #waiters: Array<() => void> = [];
  #closed = false;

  constructor(options: ExtractPoolOptions) {
    this.#options = {
      threadModule: DEFAULT_THREAD_MODULE,
      startupTimeoutMs: 120_000,
      ...options,
      size: Math.max(1, Math.floor(options.size)),
    };
  }

  get size(): number {
    return this.#options.size;
  }

  readonly extract: ExtractFn = async (bytes, mimeType, signal, onStart) => {
    const thread = await this.#acquire(signal);
    try {
      onStart?.();
      return await thread.run(bytes, mimeType, this.#options.timeoutMs, signal);
    } finally {
      this.#release(thread);
    }
  };

  async close(): Promise<void> {
    this.#closed = true;
    const threads = [...this.#live];
    this.#live.clear();
    this.#idle.length = 0;
    for (const wake of this.#waiters.splice(0)) wake();
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  async #acquire(signal?: AbortSignal): Promise<ExtractionThread> {
    for (;;) {
      signal?.throwIfAborted();
      if (this.#closed) throw new Error("ExtractPool is closed");
      const idle = this.#idle.pop();
      if (idle?.alive) return idle;
      if (idle) continue;
      if (this.#live.size < this.#options.size) return this.#startThread();
      await this.#waitForThread(signal);
    }
  }

  /** Until a thread is released (or the caller gives up: a cancelled job must not wait its turn). */
  #waitForThread(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        signal?.removeEventListener("abort", giveUp);
        resolve();
      };
      const giveUp = () => {
        const index = this.#waiters.indexOf(wake);
        if (index >= 0) this.#waiters.splice(index, 1);
        resolve();
      };
      signal?.addEventListener("abort", giveUp, { once: true });
      this.#waiters.push(wake);
    });
  }

  async #startThread(): Promise<ExtractionThread> {
    const thread = new ExtractionThread({
      module: this.#options.threadModule,
      memoryMb: this.#options.memoryMb,
      startupTimeoutMs: this.#options.startupTimeoutMs,
    });
    this.#live.add(thread);
    try {
      await thread.ready();
      return thread;
    } catch (error) {
      this.#release(thread);
      throw error;
    }
  }

  #release(thread: ExtractionThread): void {
    if (thread.alive && !this.#closed) this.#idle.push(thread);
    else this.#live.delete(thread);
    this.#waiters.shift()?.();
  }
}
