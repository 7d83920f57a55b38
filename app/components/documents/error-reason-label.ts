import type { DocumentErrorReason } from "@/lib/documents/error-reasons";

const REASON_LABELS: Record<DocumentErrorReason, string> = {
  encrypted: "Password-protected",
  corrupt: "Damaged file",
  unsupported: "Unsupported format",
  empty: "No text found",
  too_large: "Too large",
  timed_out: "Took too long",
  cancelled: "Cancelled",
  sensitive_scan: "Sensitive data scan failed",
  internal: "Internal error",
};

/** A short name for why a document failed, for the status column and the filter. */
export function errorReasonLabel(reason: DocumentErrorReason | undefined): string {
  return reason ? (REASON_LABELS[reason] ?? reason) : "Failed";
}
