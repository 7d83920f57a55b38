import { setTimeout as sleep } from "node:timers/promises";
import { allCollections } from "@/lib/access/read-scope";
import { getImportBatchView, type ImportBatchView } from "@/lib/imports/batch/import-batch-view";
import type { Services } from "@/lib/runtime/services";
import type { InProcessWorker } from "./in-process-worker";

const POLL_MS = 500;

/** Polls the batch until every file is settled, reporting each look; stops early on abort or a dead worker. */
export async function waitForBatch(
  services: Pick<Services, "db">,
  batchId: string,
  options: {
    worker: InProcessWorker | null;
    signal: AbortSignal;
    onProgress: (view: ImportBatchView) => void;
  },
): Promise<ImportBatchView | null> {
  for (;;) {
    const view = getImportBatchView(services, allCollections(), batchId);
    options.onProgress(view);
    if (view.finished) return view;
    const failure = options.worker?.failure();
    if (failure) throw failure;
    await sleep(POLL_MS, undefined, { signal: options.signal }).catch(() => undefined);
    if (options.signal.aborted) return null;
  }
}
