/** Domain types shared by ingest, retrieval and the HTTP layer. */

export type DocumentStatus = "queued" | "processing" | "ready" | "failed";

/** A block of text as extracted from a source file, in reading order. */
export interface TextBlock {
  kind: "heading" | "paragraph";
  /** Heading depth (1 = top level); only for headings. */
  level?: number;
  text: string;
}

/** One page of an extracted document; text formats have a single page 1. */
export interface ExtractedPage {
  /** 1-based page number as a reader would cite it. */
  page: number;
  /** How a reader finds this "page" when it is not a printed page: "Slide 3", "Sheet: Budget". */
  label?: string;
  blocks: TextBlock[];
  /** True when the text was read from the page's image by OCR (a scan), not from a text layer. */
  ocr?: boolean;
}

export interface ExtractedDocument {
  pages: ExtractedPage[];
  /** A title found inside the file (PDF metadata, first Markdown heading), if any. */
  title?: string;
  /**
   * What an admin should know about text the file holds but extraction left out (pages OCR
   * stopped before or could not read), one sentence each. Absent when nothing was left out.
   */
  notices?: string[];
}

/** A chunk produced by the chunker before it has an id or a vector. */
export interface ChunkDraft {
  ordinal: number;
  text: string;
  pageStart: number;
  pageEnd: number;
  headingPath: string[];
  tokenCount: number;
  /** Where a reader finds the chunk when pages are not printed pages: the label of its first page ("Slide 3"). */
  pageLabel?: string;
  /** True when any of its text was read by OCR, so it may hold recognition errors. */
  ocr: boolean;
}

/** A chunk as stored in the vector index. */
export interface IndexedChunk {
  chunkId: string;
  documentId: string;
  collectionId: string;
  title: string;
  text: string;
  pageStart: number;
  pageEnd: number;
  headingPath: string[];
  /** See ChunkDraft; optional so writers that know no labels (benchmarks, tests) need not say so. */
  pageLabel?: string;
  /** See ChunkDraft; absent means false. */
  ocr?: boolean;
  /** Null until the embedding model has produced one. */
  vector: number[] | null;
}

export type RetrievalMode = "hybrid" | "keyword";

export interface SearchHit {
  chunkId: string;
  documentId: string;
  title: string;
  text: string;
  pageStart: number;
  pageEnd: number;
  headingPath: string[];
  /** "Slide 3", "Sheet: Budget": cite this rather than the page number when present. */
  pageLabel?: string;
  /** The text was read by OCR and may hold recognition errors. */
  ocr: boolean;
  /** Fused score: higher is better; comparable only within one result list. */
  score: number;
  /** Cosine similarity to the query when a vector search ran and found this chunk. */
  similarity?: number;
  /** Rank in the keyword list (0-based) when full-text search found this chunk. */
  keywordRank?: number;
}

export interface ModelRef {
  name: string;
  digest: string | null;
}
