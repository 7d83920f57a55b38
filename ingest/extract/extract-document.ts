import type { SupportedMimeType } from "@/lib/documents/detect-type";
import type { ExtractedDocument } from "@/lib/domain/types";
import { extractMarkdown } from "./extract-markdown";
import { extractPdf } from "./extract-pdf";
import { extractText } from "./extract-text";
import { extractionError } from "./extraction-error";

/**
 * Extracts a stored upload with the reader for the MIME type chosen at upload time (see
 * detectType). A type stored by an older version that no reader handles fails as unsupported.
 */
export async function extractDocument(
  bytes: Uint8Array,
  mimeType: SupportedMimeType | string,
): Promise<ExtractedDocument> {
  switch (mimeType) {
    case "application/pdf":
      return extractPdf(bytes);
    case "text/markdown":
      return extractMarkdown(bytes);
    case "text/plain":
      return extractText(bytes);
    default:
      throw extractionError("unsupported", `No extractor for MIME type "${mimeType}"`, {
        userMessage: "Unsupported file type: only PDF, Markdown and plain text are accepted for now.",
      });
  }
}
