/**
 * The HTTP contract as the browser sees it. Kept here, not imported from lib/, because these
 * are wire shapes (JSON) that client components decode, not the server's domain objects.
 */

export type RetrievalMode = "hybrid" | "keyword";

export type DocumentStatus = "queued" | "processing" | "ready" | "failed";

export interface ModelRef {
  name: string;
  digest: string | null;
}

export interface ModelPresence extends ModelRef {
  present: boolean;
}

export interface HealthResponse {
  status: "ok" | "degraded";
  db: boolean;
  index: { chunks: number };
  ollama: {
    ok: boolean;
    host: string;
    error?: string;
    chatModel: ModelPresence;
    embedModel: ModelPresence;
  };
  embeddings?: { missing: number; reembedNeeded: boolean };
}

export interface DocumentProgress {
  stage: string;
  percent: number;
}

export interface ApiDocument {
  id: string;
  title: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  pages: number | null;
  status: DocumentStatus;
  error?: string;
  chunks: number;
  embeddedChunks: number;
  progress?: DocumentProgress;
  createdAt: string;
}

export interface UploadedDocument {
  id: string;
  title: string;
  status: DocumentStatus;
  duplicate?: boolean;
}

/** A retrieved passage offered to the model; `n` is the number the answer cites as `[n]`. */
export interface AskSource {
  n: number;
  chunkId: string;
  documentId: string;
  title: string;
  pageStart: number;
  pageEnd: number;
  snippet: string;
}

export interface AskCitation {
  n: number;
  documentId: string;
  pageStart: number;
  pageEnd: number;
}

export interface AskDone {
  answerId: string;
  answer: string;
  citations: AskCitation[];
  abstained: boolean;
  model: ModelRef;
}
