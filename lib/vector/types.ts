import type { IndexedChunk } from "@/lib/domain/types";

/**
 * Restricts a search or count. An empty `documentIds` / `collectionIds` list means
 * "nothing may match"; an empty `excludeDocumentIds` list excludes nothing.
 */
export interface VectorFilter {
  documentIds?: string[];
  collectionIds?: string[];
  excludeDocumentIds?: string[];
}

export type StoredHit = Omit<IndexedChunk, "vector" | "ocr"> & {
  ocr: boolean;
  /** BM25 for keyword search, cosine similarity (1 - cosine distance) for vector search. */
  score: number;
};

/**
 * A keyword query: the words to match, plus optional extra words (query expansion),
 * each counted at `weight` times a query word's BM25 contribution.
 */
export interface KeywordQuery {
  text: string;
  expansions?: ReadonlyArray<{ term: string; weight: number }>;
}

export interface VectorStoreOptions {
  /**
   * How stale a read may be relative to writes made by another process (the ingest
   * worker). 0 checks on every read; undefined in the options means the default (0).
   */
  readConsistencyIntervalSeconds?: number;
  /** Rows with a vector needed before `optimize` builds an ANN index; below it search is exact. */
  vectorIndexThreshold?: number;
}

export interface VectorStore {
  /** Dimension of the stored vectors, or null while no vector column exists. */
  dimension(): number | null;
  /** Inserts or replaces chunks by chunkId. A null vector clears any vector the chunk had. */
  upsertChunks(chunks: IndexedChunk[]): Promise<void>;
  /** Fills in vectors for existing chunks; unknown chunkIds are ignored. */
  setVectors(items: { chunkId: string; vector: number[] }[]): Promise<void>;
  /** Drops every vector (and the ANN index) so the next vectors may have any dimension. */
  clearVectors(): Promise<void>;
  /** Drops every vector and prepares an empty vector column of `dimension`. */
  resetVectors(dimension: number): Promise<void>;
  deleteDocument(documentId: string): Promise<void>;
  countChunks(filter?: VectorFilter): Promise<number>;
  countMissingVectors(): Promise<number>;
  /**
   * BM25-ranked chunks containing ANY of the query's terms in their text or headings;
   * never throws on odd user input.
   */
  keywordSearch(query: string | KeywordQuery, k: number, filter?: VectorFilter): Promise<StoredHit[]>;
  /**
   * For each word, how many chunks passing the filter contain it in their text, counted up
   * to `cap` (a document frequency for telling rare words from common ones).
   */
  countKeywordMatches(words: readonly string[], cap: number, filter?: VectorFilter): Promise<number[]>;
  /** Nearest chunks by cosine similarity; chunks without a vector are never returned. */
  vectorSearch(vector: number[], k: number, filter?: VectorFilter): Promise<StoredHit[]>;
  /** Which indexes exist; without them searches still work, by scanning. */
  indexStatus(): Promise<{ fullText: boolean; vector: boolean }>;
  /** Folds new rows into the indexes, builds the ANN index once large enough, compacts. */
  optimize(): Promise<void>;
  close(): void;
}
