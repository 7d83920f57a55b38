import type { Db } from "@/db/client";
import { replaceDocumentChunks } from "@/db/queries/chunks";
import type { VectorStore } from "@/lib/vector";
import { deleteIndexedRows } from "./delete-indexed-rows";
import type { DocumentEmbedder } from "./embed-scheduler";

/**
 * Removes everything a run indexed for a document, so a failed or cancelled document keeps
 * nothing half-indexed. SQLite first, so no embedding batch picks its chunks up again; then
 * the calls in flight are awaited, so none writes a vector after the LanceDB delete.
 */
export async function discardDocumentIndex(
  deps: { db: Db; store: VectorStore; embedder: DocumentEmbedder },
  documentId: string,
): Promise<void> {
  replaceDocumentChunks(deps.db, documentId, []);
  await deps.embedder.settle(documentId);
  await deleteIndexedRows(deps.store, documentId);
}
