import type { ExtractedDocument } from "@/lib/domain/types";
import { AppError, type ErrorCode, isAppError } from "@/lib/errors/app-error";

/** Messages between the worker and its extraction threads. */

export interface ExtractTask {
  type: "extract";
  taskId: number;
  bytes: Uint8Array;
  mimeType: string;
  /** Epoch ms when OCR must stop, set from the time limit the sender enforces (see ocrDeadline). */
  ocrDeadline: number;
}

export interface SerializedError {
  code?: ErrorCode;
  message: string;
  userMessage?: string;
  details?: Record<string, unknown>;
}

export type ThreadMessage =
  | { type: "ready" }
  | { type: "done"; taskId: number; document: ExtractedDocument }
  | { type: "failed"; taskId: number; error: SerializedError };

/** Keeps what a thread's error means (code, user message, reason) across the structured clone. */
export function serializeError(error: unknown): SerializedError {
  if (isAppError(error)) {
    return {
      code: error.code,
      message: error.message,
      userMessage: error.userMessage,
      ...(error.details ? { details: cloneableDetails(error.details) } : {}),
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function deserializeError(error: SerializedError): AppError {
  if (error.code) {
    return new AppError(error.code, error.message, {
      ...(error.userMessage ? { userMessage: error.userMessage } : {}),
      ...(error.details ? { details: error.details } : {}),
    });
  }
  // A plain exception from a reader is a bug or a file it cannot cope with, not a user error.
  return new AppError("UNPROCESSABLE", `Extraction threw: ${error.message}`, {
    userMessage: "The file could not be read because of an unexpected error in the reader.",
    details: { reason: "internal" },
  });
}

/** Details may hold anything; only plain data survives postMessage, so the rest is dropped. */
function cloneableDetails(details: Record<string, unknown>): Record<string, unknown> {
  try {
    return structuredClone(details);
  } catch {
    const reason = details.reason;
    return typeof reason === "string" ? { reason } : {};
  }
}

export function isThreadMessage(value: unknown): value is ThreadMessage {
  return typeof value === "object" && value !== null && "type" in value;
}
