import type { ModelRef, RetrievalMode } from "@/lib/domain/types";

export interface SourceView {
  n: number;
  chunkId: string;
  documentId: string;
  title: string;
  pageStart: number;
  pageEnd: number;
  snippet: string;
}

export interface CitationView {
  n: number;
  documentId: string;
  pageStart: number;
  pageEnd: number;
}

/** What `POST /api/ask` streams, one Server-Sent Event per item. */
export type AnswerEvent =
  | { type: "sources"; sources: SourceView[]; mode: RetrievalMode }
  | { type: "token"; text: string }
  | {
      type: "done";
      answerId: string;
      answer: string;
      citations: CitationView[];
      abstained: boolean;
      model: ModelRef;
    }
  | { type: "error"; code: string; message: string };
