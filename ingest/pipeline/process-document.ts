import { replaceDocumentPages } from "@/db/queries/document-pages";
import { getDocument, updateDocument } from "@/db/queries/documents";
import { chunkDocument } from "../chunk/chunk-document";
import { extractDocument } from "../extract/extract-document";
import type { ExtractFn } from "../threads/extract-pool";
import { type DocumentEmbedder, EmbedScheduler, type EmbedWaitOutcome } from "./embed-scheduler";
import { extractStage } from "./extract-stage";
import { INDEXED_PERCENT, indexStage } from "./index-stage";
import { JobInterrupted } from "./job-interrupted";
import type { JobOwner } from "./job-owner";
import { maskStage } from "./mask-stage";
import { pageTexts } from "./page-texts";
import type { PipelineDeps, ProgressReporter } from "./pipeline-types";

export { chunkIdFor } from "./chunk-id";
export type { PipelineDeps, PipelineStage, ProgressReporter } from "./pipeline-types";

export interface ProcessOptions {
  signal?: AbortSignal;
  /** How the file is read; defaults to extracting on this thread. The worker passes its thread pool. */
  extract?: ExtractFn;
  /** Where vectors are made; defaults to embedding this document alone. The worker shares one. */
  embedder?: DocumentEmbedder;
  /**
   * The job this run belongs to: its guarded writes stop the run once the job was cancelled or
   * deleted, and the caller moves the document to ready or failed. Without a job, this
   * function sets the document's status itself.
   */
  job?: JobOwner;
  /** A previous run of this job got past indexing: only embedding is left. */
  resumeAtEmbed?: boolean;
  /** Called once the CPU-heavy stages are done; what remains only waits on the model host. */
  onIndexed?: () => void;
}

export interface ProcessOutcome {
  embeddings: EmbedWaitOutcome;
}

const inThisThread: ExtractFn = async (bytes, mimeType, _signal, onStart) => {
  onStart?.();
  return extractDocument(bytes, mimeType);
};

/**
 * Extract -> chunk -> index -> embed for one document. Every stage rewrites its output
 * keyed by the document id, so running it twice (after a crash) leaves one copy.
 */
export async function processDocument(
  deps: PipelineDeps,
  documentId: string,
  report: ProgressReporter,
  options: ProcessOptions = {},
): Promise<ProcessOutcome> {
  const { signal, job } = options;
  const document = getDocument(deps.db, documentId);
  if (!document) throw new JobInterrupted("deleted");
  if (!job) updateDocument(deps.db, documentId, { status: "processing", error: null });
  const embedder =
    options.embedder ??
    new EmbedScheduler(deps, {
      batchSize: deps.config.embedBatchSize,
      maxInFlight: 1,
      pauseAfterFailureMs: 0,
    });

  if (!options.resumeAtEmbed) {
    const extracted = await extractStage(deps, document, {
      extract: options.extract ?? inThisThread,
      report,
      signal,
    });
    signal?.throwIfAborted();
    report("chunk", 45);
    const masked = maskStage(deps, document, extracted).extracted;
    replaceDocumentPages(deps.db, documentId, pageTexts(documentId, masked.pages));
    const drafts = chunkDocument(masked);
    signal?.throwIfAborted();
    report("index", 55);
    await indexStage(deps, document, drafts, { embedder, job });
  }
  options.onIndexed?.();
  signal?.throwIfAborted();
  report("embed", INDEXED_PERCENT);
  const embeddings = await embedder.waitForDocument(documentId, {
    signal,
    onProgress: (embedded, total) => report("embed", INDEXED_PERCENT + (28 * embedded) / Math.max(1, total)),
  });
  if (!job) updateDocument(deps.db, documentId, { status: "ready", error: null });
  return { embeddings };
}
