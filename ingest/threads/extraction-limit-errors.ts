import { AppError } from "@/lib/errors/app-error";

/** A file whose extraction ran past the per-file time limit; its thread was stopped. */
export function extractionTimedOut(timeoutMs: number): AppError {
  const seconds = Math.round(timeoutMs / 1000);
  return new AppError("UNPROCESSABLE", `Extraction exceeded ${timeoutMs} ms`, {
    userMessage: `Reading this file took longer than the ${seconds} s allowed per file; it may be malformed or far too complex.`,
    details: { reason: "timed_out" },
  });
}

/** A file whose extraction needed more heap than one thread may use (a decompression bomb, say). */
export function extractionOutOfMemory(memoryMb: number): AppError {
  return new AppError("UNPROCESSABLE", `Extraction exceeded the ${memoryMb} MB thread heap limit`, {
    userMessage: `Reading this file needed more than the ${memoryMb} MB of memory allowed per file; it may be a decompression bomb or far too complex.`,
    details: { reason: "too_large" },
  });
}

/** The reader's thread died while reading this file (an uncaught error inside a reader). */
export function extractionThreadCrashed(detail: string): AppError {
  return new AppError("UNPROCESSABLE", `Extraction thread crashed: ${detail}`, {
    userMessage: "The file could not be read: the reader stopped unexpectedly on it.",
    details: { reason: "internal" },
  });
}

/** No thread could be started: a fault of this installation, not of the file, so worth retrying. */
export function extractionThreadUnavailable(detail: string): AppError {
  return new AppError("INTERNAL", `Extraction thread did not start: ${detail}`, {
    userMessage: "The file could not be read because the reader did not start.",
    details: { reason: "internal", retryable: true },
  });
}
