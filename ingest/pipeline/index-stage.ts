import { replaceDocumentChunks } from "@/db/queries/chunks";
import { getDocument } from "@/db/queries/documents";
import { checkpointIndexedChunks } from "@/db/queries/jobs";
import type { DocumentRow, NewChunkRow } from "@/db/schema";
import type { ChunkDraft, IndexedChunk } from "@/lib/domain/types";
import { chunkIdFor } from "./chunk-id";
import { deleteIndexedRows } from "./delete-indexed-rows";
import type { DocumentEmbedder } from "./embed-scheduler";
import { JobInterrupted } from "./job-interrupted";
import { explainLostJob, type JobOwner } from "./job-owner";
import type { PipelineDeps } from "./pipeline-types";

/** Progress recorded with the index checkpoint. */
export const INDEXED_PERCENT = 70;

/**
 * Writes a document's chunks to LanceDB (null vectors: keyword-searchable at once), then
 * records them in SQLite together with the job's checkpoint. A crash before the checkpoint
 * repeats this stage, which first deletes whatever an earlier attempt left in either store;
 * a crash after it resumes at embedding. Either way exactly one copy of each chunk remains.
 */
export async function indexStage(
  deps: PipelineDeps,
  document: DocumentRow,
  drafts: ChunkDraft[],
  options: { embedder: DocumentEmbedder; job?: JobOwner },
): Promise<void> {
  const { db, store } = deps;
  // Leftovers of an earlier attempt must not be embedded while they are being replaced.
  replaceDocumentChunks(db, document.id, []);
  await options.embedder.settle(document.id);
  await deleteIndexedRows(store, document.id);
  await store.upsertChunks(drafts.map((draft) => toIndexedChunk(document, draft)));
  const rows = drafts.map((draft) => toChunkRow(document.id, draft));
  if (options.job) {
    const owner = { ...options.job, documentId: document.id };
    if (!checkpointIndexedChunks(db, owner, rows, INDEXED_PERCENT)) throw explainLostJob(db, options.job);
    return;
  }
  replaceDocumentChunks(db, document.id, rows);
  if (!getDocument(db, document.id)) {
    // Deleted while we worked: take back what we just indexed.
    await store.deleteDocument(document.id);
    throw new JobInterrupted("deleted");
  }
}

function toIndexedChunk(document: DocumentRow, draft: ChunkDraft): IndexedChunk {
  return {
    chunkId: chunkIdFor(document.id, draft.ordinal),
    documentId: document.id,
    collectionId: document.collectionId,
    title: document.title,
    text: draft.text,
    pageStart: draft.pageStart,
    pageEnd: draft.pageEnd,
    headingPath: draft.headingPath,
    ...(draft.pageLabel === undefined ? {} : { pageLabel: draft.pageLabel }),
    ocr: draft.ocr,
    vector: null,
  };
}

function toChunkRow(documentId: string, draft: ChunkDraft): NewChunkRow {
  return {
    id: chunkIdFor(documentId, draft.ordinal),
    documentId,
    ordinal: draft.ordinal,
    text: draft.text,
    pageStart: draft.pageStart,
    pageEnd: draft.pageEnd,
    headingPath: draft.headingPath,
    tokenCount: draft.tokenCount,
  };
}
