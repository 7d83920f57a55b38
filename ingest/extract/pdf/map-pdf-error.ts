import type { AppError } from "@/lib/errors/app-error";
import { extractionError } from "../extraction-error";

/**
 * Translates what pdf.js throws into an extraction error. pdf.js rebuilds its exceptions after
 * they cross from its worker, so they are told apart by name rather than by class.
 */
export function mapPdfError(error: unknown): AppError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return extractionError("encrypted", `PDF requires a password: ${message}`, { cause: error });
  }
  return extractionError(
    "corrupt",
    `pdf.js could not read the PDF (${name || "unknown error"}): ${message}`,
    {
      cause: error,
    },
  );
}
