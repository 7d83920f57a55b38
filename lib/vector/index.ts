export { openVectorStore } from "./open-vector-store";
export type { StoredHit, VectorFilter, VectorStore, VectorStoreOptions } from "./types";
