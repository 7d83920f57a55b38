/** The import API's shapes as the browser sees them, imported as types only. */
import type { ImportBatchView } from "@/lib/imports/batch/import-batch-view";
import type { ImportUploadResult } from "@/lib/imports/http/import-upload";

export type ApiImportBatch = ImportBatchView;
export type ApiImportStarted = ImportUploadResult;

/** A file picked from a folder, with its path relative to that folder. */
export interface FolderFile {
  file: File;
  path: string;
}

/** One import as the page tracks it: sending first, then the server's batch. */
export interface ImportItem {
  key: string;
  label: string;
  phase: "sending" | "sent" | "failed";
  /** Files sent so far and in all (for the sending phase). */
  sentFiles: number;
  totalFiles: number;
  batch?: ApiImportBatch;
  error?: string;
}
