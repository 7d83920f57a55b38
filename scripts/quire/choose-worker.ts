import { countRecentlyRunningJobs } from "@/db/queries/worker-activity";
import type { Services } from "@/lib/runtime/services";
import { type InProcessWorker, startInProcessWorker } from "./in-process-worker";

/** A job touched this recently is held by a live worker, not left behind by a crashed one. */
const LIVE_WORKER_WINDOW_MS = 10 * 60 * 1000;

/**
 * Starts the ingest worker in this process unless told not to or another worker (`npm start`)
 * is busy with the same data. A starting worker re-queues every job it finds running, taking
 * them for a crashed worker's, so starting one beside a live worker would make both process
 * the same files; waiting for the live one avoids that, and new jobs are claimed atomically.
 */
export async function chooseWorker(services: Services, wanted: boolean): Promise<InProcessWorker | null> {
  if (!wanted) {
    process.stderr.write("Waiting for the running Quire worker to process the files (--no-worker).\n");
    return null;
  }
  const since = new Date(Date.now() - LIVE_WORKER_WINDOW_MS);
  if (countRecentlyRunningJobs(services.db, since) > 0) {
    process.stderr.write(
      "Another Quire worker is processing this library; waiting for it to process the files (if none is running, start one with `npm run worker`).\n",
    );
    return null;
  }
  return startInProcessWorker(services);
}
