import { AppError } from "@/lib/errors/app-error";

/** Why a file produced no usable text; stored with the failed document so the UI can explain it. */
export type ExtractionFailureReason =
  | "encrypted"
  | "corrupt"
  | "empty"
  | "unsupported"
  | "too_large"
  | "timed_out";

const USER_MESSAGES: Record<ExtractionFailureReason, string> = {
  encrypted: "This PDF is password-protected; remove the password and upload it again.",
  corrupt: "This PDF is damaged and could not be read.",
  empty: "No text could be extracted from this file: it appears to be empty.",
  unsupported: "This file uses features that cannot be read yet.",
  too_large: "This file is too large to process (it expands to far more data than a real document).",
  timed_out: "Reading this file took longer than the time allowed per file.",
};

/** Builds the one error shape every extractor throws, so callers can branch on `details.reason`. */
export function extractionError(
  reason: ExtractionFailureReason,
  internalMessage: string,
  options: { userMessage?: string; cause?: unknown } = {},
): AppError {
  return new AppError("UNPROCESSABLE", internalMessage, {
    userMessage: options.userMessage ?? USER_MESSAGES[reason],
    cause: options.cause,
    details: { reason },
  });
}
