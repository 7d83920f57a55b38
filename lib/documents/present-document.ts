import type { DocumentRow, JobRow } from "@/db/schema";
import { type DocumentErrorReason, isDocumentErrorReason } from "./error-reasons";

export interface DocumentView {
  id: string;
  title: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  pages: number | null;
  /** Pages whose text was read from a scan by OCR (0 until extracted). */
  ocrPages: number;
  status: DocumentRow["status"];
  /**
   * What extraction left out of the file (pages OCR stopped before or could not read), one
   * sentence per line; absent when nothing was.
   */
  notice?: string;
  error?: string;
  /** Why a failed document failed (machine-readable); `error` says it in words. */
  errorReason?: DocumentErrorReason;
  chunks: number;
  embeddedChunks: number;
  progress?: { stage: string; percent: number };
  version: number;
  /** Id of the newer version that replaced this one; superseded versions are not retrieved. */
  supersededBy: string | null;
  effectiveDate: string | null;
  createdAt: string;
}

/** The API's view of a document: never exposes storage paths or hashes. */
export function presentDocument(row: DocumentRow, job?: JobRow): DocumentView {
  const view: DocumentView = {
    id: row.id,
    title: row.title,
    filename: row.filename,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    pages: row.pages,
    ocrPages: row.ocrPages,
    status: row.status,
    chunks: row.chunkCount,
    embeddedChunks: row.embeddedCount,
    version: row.version,
    supersededBy: row.supersededBy,
    effectiveDate: row.effectiveDate,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.notice) view.notice = row.notice;
  if (row.error) view.error = row.error;
  if (row.status === "failed")
    view.errorReason = isDocumentErrorReason(row.errorReason) ? row.errorReason : "internal";
  if (job && (row.status === "processing" || row.status === "queued") && job.stage) {
    view.progress = { stage: job.stage, percent: job.progress };
  }
  return view;
}
