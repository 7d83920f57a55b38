import { type DocumentErrorReason, isDocumentErrorReason } from "@/lib/documents/error-reasons";
import { isAppError } from "@/lib/errors/app-error";

export interface FailureVerdict {
  reason: DocumentErrorReason;
  /** Safe to show to users. */
  message: string;
  /** Worth another attempt later: the fault lies with this machine, not with the file. */
  retryable: boolean;
  /** For logs and jobs.last_error. */
  detail: string;
}

const REASON_BY_CODE: Partial<Record<string, DocumentErrorReason>> = {
  UNSUPPORTED_MEDIA_TYPE: "unsupported",
  PAYLOAD_TOO_LARGE: "too_large",
};

const UNEXPECTED = "Ingestion failed unexpectedly.";

/**
 * Decides what a failed run means. Anything thrown while reading the file is about the file
 * and would happen again, so it is final; a failure writing the index or the database is
 * most likely transient (disk, lock) and is retried.
 */
export function classifyFailure(error: unknown, failedWhileReading: boolean): FailureVerdict {
  const detail = error instanceof Error ? error.message : String(error);
  if (!isAppError(error)) {
    return { reason: "internal", message: UNEXPECTED, retryable: !failedWhileReading, detail };
  }
  const declared = error.details?.reason;
  const reason = isDocumentErrorReason(declared) ? declared : (REASON_BY_CODE[error.code] ?? "internal");
  const retryable =
    error.details?.retryable === true ||
    (!failedWhileReading && reason === "internal" && !["UNPROCESSABLE", "NOT_FOUND"].includes(error.code));
  return { reason, message: error.userMessage, retryable, detail };
}
