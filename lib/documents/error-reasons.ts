/** Why a document failed, as stored in documents.error_reason and shown by the API and UI. */
export const DOCUMENT_ERROR_REASONS = [
  "encrypted",
  "corrupt",
  "unsupported",
  "empty",
  "too_large",
  "timed_out",
  "cancelled",
  /** The collection's sensitive data guard could not scan the text (a too-slow MRN pattern); nothing was indexed. */
  "sensitive_scan",
  "internal",
] as const;

export type DocumentErrorReason = (typeof DOCUMENT_ERROR_REASONS)[number];

export function isDocumentErrorReason(value: unknown): value is DocumentErrorReason {
  return typeof value === "string" && (DOCUMENT_ERROR_REASONS as readonly string[]).includes(value);
}
