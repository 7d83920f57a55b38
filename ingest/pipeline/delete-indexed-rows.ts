import type { VectorStore } from "@/lib/vector";

/**
 * Deletes a document's rows from LanceDB when there are any. Most documents have none (first
 * run, or a file that failed before indexing), and a count is a read while a delete is a
 * commit that every other index write then waits behind.
 */
export async function deleteIndexedRows(store: VectorStore, documentId: string): Promise<void> {
  if ((await store.countChunks({ documentIds: [documentId] })) > 0) await store.deleteDocument(documentId);
}
