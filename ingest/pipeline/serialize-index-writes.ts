import type { VectorStore } from "@/lib/vector";

/**
 * The same store with its writes taken one at a time. Several jobs and embedding batches
 * run at once in the worker; each LanceDB write is a commit, and commits racing on one
 * table conflict. Reads are not queued. A failed write does not block the ones behind it.
 */
export function serializeIndexWrites(store: VectorStore): VectorStore {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = (write: () => Promise<void>): Promise<void> => {
    const run = tail.then(write, write);
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    dimension: () => store.dimension(),
    upsertChunks: (chunks) => inTurn(() => store.upsertChunks(chunks)),
    setVectors: (items) => inTurn(() => store.setVectors(items)),
    clearVectors: () => inTurn(() => store.clearVectors()),
    resetVectors: (dimension) => inTurn(() => store.resetVectors(dimension)),
    deleteDocument: (documentId) => inTurn(() => store.deleteDocument(documentId)),
    optimize: () => inTurn(() => store.optimize()),
    countChunks: (filter) => store.countChunks(filter),
    countMissingVectors: () => store.countMissingVectors(),
    keywordSearch: (query, k, filter) => store.keywordSearch(query, k, filter),
    countKeywordMatches: (words, cap, filter) => store.countKeywordMatches(words, cap, filter),
    vectorSearch: (vector, k, filter) => store.vectorSearch(vector, k, filter),
    indexStatus: () => store.indexStatus(),
    close: () => store.close(),
  };
}
