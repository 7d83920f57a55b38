import type { AppError } from "@/lib/errors/app-error";
import { extractionError } from "../extraction-error";
import type { OcrPassResult } from "./read-pages-by-ocr";

/**
 * The failure for a PDF that yielded no text, saying how far OCR got: never tried (turned off),
 * stopped by the time limit (timed_out: the pages it never reached may hold text), found nothing
 * on the pages it read, failed, or had nothing to read (all "empty").
 */
export function noTextError(pageCount: number, ocr: OcrPassResult | null): AppError {
  const base = `PDF with ${pageCount} page(s) contains no extractable text`;
  if (ocr === null) {
    return extractionError("empty", `${base}; OCR is turned off`, {
      userMessage: "No text could be extracted: the file looks like a scan, and OCR is turned off.",
    });
  }
  if (ocr.outOfTime) {
    return extractionError(
      "timed_out",
      `${base}; OCR stopped at the time limit after reading ${ocr.read} page(s), ${ocr.skipped} page(s) were not read`,
      {
        userMessage:
          "No text was found before the time limit: the file looks like a scan, and OCR ran out of time before reading enough of it. Raising QUIRE_EXTRACT_TIMEOUT_S gives it more time.",
      },
    );
  }
  const unread = [
    ocr.failed > 0 ? `OCR failed on ${ocr.failed} page(s)` : "",
    ocr.skipped > 0 ? `${ocr.skipped} page(s) were not read` : "",
  ].filter(Boolean);
  const details = unread.length > 0 ? `; ${unread.join(", ")}` : "";
  if (ocr.read > 0) {
    return extractionError(
      "empty",
      `${base}, and OCR found no text on the ${ocr.read} page(s) it read${details}`,
      {
        userMessage:
          "No text could be found in this PDF, not even by OCR: the scan may be blank, handwritten or too faint to read.",
      },
    );
  }
  if (unread.length > 0) {
    return extractionError("empty", `${base}${details}`, {
      userMessage: "No text could be extracted: the file looks like a scan, and OCR could not read it.",
    });
  }
  return extractionError("empty", `${base}, and no page shows anything for OCR to read`, {
    userMessage: "This PDF contains no text: its pages are blank.",
  });
}
