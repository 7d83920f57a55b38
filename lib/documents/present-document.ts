import type { DocumentRow, JobRow } from "@/db/schema";

export interface DocumentView {
  id: string;
  title: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  pages: number | null;
  status: DocumentRow["status"];
  error?: string;
  chunks: number;
  embeddedChunks: number;
  progress?: { stage: string; percent: number };
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
    status: row.status,
    chunks: row.chunkCount,
    embeddedChunks: row.embeddedCount,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.error) view.error = row.error;
  if (job && (row.status === "processing" || row.status === "queued") && job.stage) {
    view.progress = { stage: job.stage, percent: job.progress };
  }
  return view;
}
