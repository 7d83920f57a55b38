import { listAbandonedCancellations, releaseCancelledJob, requeueAbandonedJobs } from "@/db/queries/jobs";
import { discardDocumentIndex } from "./discard-document-index";
import type { DocumentEmbedder } from "./embed-scheduler";
import type { PipelineDeps } from "./pipeline-types";

/**
 * Picks up after a worker that died (crash, kill -9, power cut): its running jobs go back to
 * the queue to resume from their last checkpoint, and jobs cancelled while it held them get
 * the clean-up it never finished.
 */
export async function recoverInterruptedJobs(
  deps: PipelineDeps & { embedder: DocumentEmbedder },
  workerId: string,
): Promise<void> {
  const requeued = requeueAbandonedJobs(deps.db, workerId);
  if (requeued > 0) console.log(`[quire-worker] resumed ${requeued} interrupted job(s)`);
  for (const job of listAbandonedCancellations(deps.db, workerId)) {
    await discardDocumentIndex(deps, job.documentId);
    releaseCancelledJob(deps.db, job.id);
  }
}
