/**
 * The HTTP contract as the browser sees it: the very types the server's routes answer
 * with, imported as types only so no server code reaches the client bundle.
 */
import type { AnswerEvent, CitationView, ClaimView, SourceView } from "@/lib/answer/answer-events";
import type { DocumentView } from "@/lib/documents/present-document";
import type { QueueStatus } from "@/lib/documents/queue-status";
import type { UploadResult } from "@/lib/documents/upload-document";
import type { DocumentStatus, ModelRef, RetrievalMode } from "@/lib/domain/types";
import type { HealthReport, ModelHealth } from "@/lib/health/check-health";

export type { DocumentStatus, ModelRef, RetrievalMode };
export type ModelPresence = ModelHealth;
export type HealthResponse = HealthReport;
export type ApiDocument = DocumentView;
export type DocumentProgress = NonNullable<DocumentView["progress"]>;
export type UploadedDocument = UploadResult;
/** GET /api/queue: ingestion progress and the time left. */
export type QueueStatusResponse = QueueStatus;
/** A retrieved passage offered to the model; `n` is the number the answer cites as `[n]`. */
export type AskSource = SourceView;
export type AskCitation = CitationView;
/** One checked sentence of a finished answer. */
export type AskClaim = ClaimView;
export type AskDone = Omit<Extract<AnswerEvent, { type: "done" }>, "type">;
