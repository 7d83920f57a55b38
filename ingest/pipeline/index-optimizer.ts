import type { VectorStore } from "@/lib/vector";

/** Folding new rows into LanceDB's indexes more often than this while busy costs more than it saves. */
const WHILE_BUSY_EVERY_MS = 60_000;

/**
 * Decides when the worker optimizes the index: whenever it goes idle after writing, and
 * once a minute during a long import, so searches never scan thousands of small fragments.
 * One optimize at a time; a failure is logged, not fatal.
 */
export class IndexOptimizer {
  readonly #store: VectorStore;
  #dirty = false;
  #running: Promise<void> | null = null;
  #lastRunAt = Date.now();

  constructor(store: VectorStore) {
    this.#store = store;
  }

  markDirty(): void {
    this.#dirty = true;
  }

  /** While jobs run: optimize in the background if it is due. */
  whileBusy(): void {
    if (this.#dirty && Date.now() - this.#lastRunAt > WHILE_BUSY_EVERY_MS) void this.#run();
  }

  /** When the queue is empty: optimize now if anything was written. */
  async whenIdle(): Promise<void> {
    if (this.#dirty) await this.#run();
  }

  /** Waits for an optimize in progress (before the store closes). */
  async settled(): Promise<void> {
    await this.#running;
  }

  #run(): Promise<void> {
    this.#dirty = false;
    this.#running ??= this.#store
      .optimize()
      .catch((error: unknown) => console.warn("[quire-worker] optimize failed", error))
      .finally(() => {
        this.#running = null;
        this.#lastRunAt = Date.now();
      });
    return this.#running;
  }
}
