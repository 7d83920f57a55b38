import { replaceDocumentChunks } from "@/db/queries/chunks";
import { getDocument, updateDocument } from "@/db/queries/documents";
import type { DocumentRow } from "@/db/schema";
import type { Config } from "@/lib/config";
import type { IndexedChunk } from "@/lib/domain/types";
import { isAppError } from "@/lib/errors/app-error";
import { readDocumentFile } from "@/lib/storage/document-files";
import { chunkDocument } from "../chunk/chunk-document";
import { type EmbedDeps, embedPendingChunks } from "../embed/embed-pending-chunks";
import { extractDocument } from "../extract/extract-document";

export interface PipelineDeps extends EmbedDeps {
  config: Config;
}

export type ProgressReporter = (stage: "extract" | "chunk" | "index" | "embed", percent: number) => void;

export function chunkIdFor(documentId: string, ordinal: number): string {
  return `${documentId}:${ordinal}`;
}

async function embedDocument(deps: PipelineDeps, doc: DocumentRow, total: number, report: ProgressReporter) {
  let done = 0;
  const batch = deps.config.embedBatchSize * 4;
  try {
    while (done < total) {
      const outcome = await embedPendingChunks(deps, { limit: batch, documentId: doc.id });
      if (outcome.embedded === 0) break;
      done += outcome.embedded;
      report("embed", 70 + (28 * done) / total);
    }
  } catch (error) {
    // The model host being down must not cost the user their document: it is already
    // keyword-searchable, and the worker's backfill adds the vectors when the host returns.
    const reason = isAppError(error) ? error.userMessage : String(error);
    console.warn(`[quire-worker] embeddings for ${doc.id} deferred: ${reason}`);
  }
}

/**
 * Extract -> chunk -> index -> embed for one document. Every stage rewrites its output
 * keyed by the document id, so running it twice (after a crash) leaves one copy.
 */
export async function processDocument(deps: PipelineDeps, documentId: string, report: ProgressReporter) {
  const { db, store, config } = deps;
  const doc = getDocument(db, documentId);
  if (!doc) return;
  updateDocument(db, doc.id, { status: "processing", error: null });

  report("extract", 5);
  const bytes = await readDocumentFile(config.dataDir, doc.storagePath);
  const extracted = await extractDocument(bytes, doc.mimeType);

  report("chunk", 40);
  const drafts = chunkDocument(extracted);

  report("index", 55);
  const indexed: IndexedChunk[] = drafts.map((draft) => ({
    chunkId: chunkIdFor(doc.id, draft.ordinal),
    documentId: doc.id,
    collectionId: doc.collectionId,
    title: doc.title,
    text: draft.text,
    pageStart: draft.pageStart,
    pageEnd: draft.pageEnd,
    headingPath: draft.headingPath,
    vector: null,
  }));
  await store.deleteDocument(doc.id);
  await store.upsertChunks(indexed);
  replaceDocumentChunks(
    db,
    doc.id,
    drafts.map((draft) => ({
      id: chunkIdFor(doc.id, draft.ordinal),
      documentId: doc.id,
      ordinal: draft.ordinal,
      text: draft.text,
      pageStart: draft.pageStart,
      pageEnd: draft.pageEnd,
      headingPath: draft.headingPath,
      tokenCount: draft.tokenCount,
    })),
  );
  updateDocument(db, doc.id, { pages: extracted.pages.length });
  if (!getDocument(db, doc.id)) {
    // Deleted while we worked: take back what we just indexed.
    await store.deleteDocument(doc.id);
    return;
  }

  report("embed", 70);
  await embedDocument(deps, doc, drafts.length, report);
  updateDocument(db, doc.id, { status: "ready", error: null });
  report("embed", 100);
}
