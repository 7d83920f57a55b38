import type { DocumentStatus } from "../api/types";

/** Pure formatting for the documents table and upload list. */

export const ACCEPTED_FILE_TYPES =
  ".pdf,.md,.markdown,.txt,.text,.docx,.pptx,.xlsx,.odt,.odp,.ods,.rtf,.epub,.html,.htm,.csv,.tsv,.eml,.rst,.org,.xml,.json,.zip";

export function isActiveStatus(status: DocumentStatus): boolean {
  return status === "queued" || status === "processing";
}

const STATUS_LABELS: Record<DocumentStatus, string> = {
  queued: "Queued",
  processing: "Processing",
  ready: "Ready",
  failed: "Failed",
};

export function statusLabel(status: DocumentStatus): string {
  return STATUS_LABELS[status] ?? status;
}

export function describeDocumentType(mimeType: string | undefined, filename: string | undefined): string {
  const mime = (mimeType ?? "").toLowerCase();
  const extension = (filename ?? "").toLowerCase().split(".").pop() ?? "";
  if (mime === "application/pdf" || extension === "pdf") return "PDF";
  if (mime === "text/markdown" || extension === "md" || extension === "markdown") return "Markdown";
  if (mime === "text/plain" || extension === "txt") return "Plain text";
  return mime || "Unknown";
}

export function formatFileSize(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return "";
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "3 pages OCR'd" under the page count; empty when no page needed OCR. */
export function formatOcrPages(ocrPages: number | undefined): string {
  if (ocrPages === undefined || !Number.isFinite(ocrPages) || ocrPages <= 0) return "";
  return ocrPages === 1 ? "1 page OCR'd" : `${ocrPages} pages OCR'd`;
}

/**
 * The sentences of a ready document's notice (what extraction left out), one per line. Shown only
 * once the document is ready: before that it may still change, and a failure says more.
 */
export function readyNoticeLines(status: DocumentStatus, notice: string | undefined): string[] {
  if (status !== "ready" || !notice) return [];
  return notice
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** "extracting_text" -> "Extracting text": the server's stage names are identifiers, not prose. */
export function formatStage(stage: string): string {
  const words = stage.replace(/[_-]+/g, " ").trim();
  return words === "" ? "" : words[0]?.toUpperCase() + words.slice(1);
}

export function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent)));
}

export function formatUploadedAt(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
