export { openVectorStore } from "./open-vector-store";
export type { KeywordQuery, StoredHit, VectorFilter, VectorStore, VectorStoreOptions } from "./types";
