import type { ApiDocument, DocumentStatus, UploadedDocument } from "../api/types";

export interface UploadItem {
  key: string;
  fileName: string;
  phase: "uploading" | "uploaded" | "failed";
  document?: UploadedDocument;
  error?: string;
}

export type UploadDisplayStatus = "uploading" | DocumentStatus;

export interface UploadDisplay {
  status: UploadDisplayStatus;
  message: string;
}

/**
 * What to tell the person about one file: the upload itself first, then the document's own
 * status from the polled list, which is fresher than the upload response.
 */
export function describeUpload(item: UploadItem, listed: ApiDocument | undefined): UploadDisplay {
  if (item.phase === "uploading") return { status: "uploading", message: "Uploading…" };
  if (item.phase === "failed" || !item.document) {
    return { status: "failed", message: item.error ?? "The upload failed." };
  }
  const status = listed?.status ?? item.document.status;
  const duplicate = item.document.duplicate === true;
  switch (status) {
    case "queued":
      return { status, message: "Uploaded. Waiting to be processed." };
    case "processing":
      return { status, message: "Processing: reading and indexing the text." };
    case "ready":
      return {
        status,
        message: duplicate ? "Already in your library." : "Ready. You can now ask questions about it.",
      };
    default:
      return { status: "failed", message: listed?.error ?? "Processing failed." };
  }
}
