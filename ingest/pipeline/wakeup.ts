import { setTimeout as sleep } from "node:timers/promises";

/**
 * Lets the worker loop sleep until its poll interval passes or something it runs finishes.
 * A notification while the loop is busy is kept, so the next wait returns at once.
 */
export class Wakeup {
  #resolve: (() => void) | null = null;
  #pending = false;

  notify(): void {
    if (this.#resolve) this.#resolve();
    else this.#pending = true;
  }

  async wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.#pending || signal?.aborted) {
      this.#pending = false;
      return;
    }
    const timer = new AbortController();
    const stop = () => timer.abort();
    signal?.addEventListener("abort", stop, { once: true });
    const woken = new Promise<void>((resolve) => {
      this.#resolve = resolve;
    });
    try {
      await Promise.race([woken, sleep(ms, undefined, { signal: timer.signal }).catch(() => undefined)]);
    } finally {
      timer.abort();
      signal?.removeEventListener("abort", stop);
      this.#resolve = null;
      this.#pending = false;
    }
  }
}
