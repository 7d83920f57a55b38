import type { ModelRef, RetrievalMode } from "@/lib/domain/types";

export interface SourceView {
  n: number;
  chunkId: string;
  documentId: string;
  title: string;
  pageStart: number;
  pageEnd: number;
  /** "Slide 3", "Sheet: Budget": shown instead of the page number when present. */
  pageLabel?: string;
  /** The passage was read by OCR from a scan and may hold recognition errors. */
  ocr: boolean;
  snippet: string;
  /** Where the passage lies in the stored text of its first page: what the viewer highlights for `[n]`. */
  passage?: PassageLocation;
  /**
   * In a stored conversation: the document was deleted or the reader may no longer see it, so the
   * source is a placeholder without its id, title, pages or snippet.
   */
  unavailable?: true;
}

/** Character offsets into a page's stored text (`document_pages.text`). */
export interface PassageLocation {
  page: number;
  start: number;
  end: number;
}

export type ClaimSupport = "supported" | "weak" | "unsupported";

/** One sentence of an answer, checked against the sources it cites (and the others). */
export interface ClaimView {
  text: string;
  /** The source numbers the sentence cites, in order. */
  citations: number[];
  support: ClaimSupport;
  /** The words that support it, where they were found. */
  span?: PassageLocation & { documentId: string };
}

export interface CitationView {
  n: number;
  documentId: string;
  pageStart: number;
  pageEnd: number;
  pageLabel?: string;
  ocr: boolean;
}

/** Why a follow-up was searched for as typed instead of rewritten. */
export type RewriteFallback = "model_failed" | "timed_out" | "unusable_reply";

/** What `POST /api/ask` streams, one Server-Sent Event per item. */
export type AnswerEvent =
  /** First: the conversation this question belongs to (created for it when none was named). */
  | { type: "conversation"; conversationId: string; title: string }
  /** A follow-up rewritten into a standalone search query before retrieval (absent on a first turn). */
  | { type: "rewrite"; query: string; original: string; fallback?: RewriteFallback }
  /** How the earlier turns fitted into the model's context window. */
  | { type: "history"; includedTurns: number; summarisedTurns: number; droppedTurns: number }
  | {
      type: "sources";
      sources: SourceView[];
      mode: RetrievalMode;
      /** Values of each kind replaced by placeholders in what the model was sent (kinds and counts only). */
      maskedForModel?: Partial<Record<string, number>>;
    }
  | { type: "token"; text: string }
  | {
      type: "done";
      answerId: string;
      answer: string;
      citations: CitationView[];
      abstained: boolean;
      model: ModelRef;
      /** Empty when no check ran (an abstention). */
      claims: ClaimView[];
    }
  | { type: "error"; code: string; message: string };
