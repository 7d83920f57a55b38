import type { Services } from "@/lib/runtime/services";

export interface InProcessWorker {
  /** The error the worker loop died with, if it did. */
  failure: () => unknown;
  stop: () => Promise<void>;
}

/**
 * Runs the real ingest worker inside the CLI. Jobs are claimed atomically in SQLite, so this
 * worker and the one `npm start` runs can share the queue; each document is processed once.
 */
export async function startInProcessWorker(services: Services): Promise<InProcessWorker> {
  // Loaded on demand: the pipeline pulls in every extractor, which `status` has no use for.
  const { runWorker } = await import("@/ingest/worker");
  const controller = new AbortController();
  let failure: unknown = null;
  const running = runWorker(services, { signal: controller.signal, pollMs: 200 }).catch((error: unknown) => {
    failure = error ?? new Error("worker stopped");
  });
  return {
    failure: () => failure,
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}
