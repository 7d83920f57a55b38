import type { SupportedMimeType } from "@/lib/documents/detect-type";
import type { ExtractedDocument } from "@/lib/domain/types";
import { extractMarkdown } from "./extract-markdown";
import { extractPdf } from "./extract-pdf";
import { extractText } from "./extract-text";
import { extractionError } from "./extraction-error";
import { extractCsv } from "./formats/extract-csv";
import { extractDocx } from "./formats/extract-docx";
import { extractEml } from "./formats/extract-eml";
import { extractEpub } from "./formats/extract-epub";
import { extractHtml } from "./formats/extract-html";
import { extractOdp } from "./formats/extract-odp";
import { extractOds } from "./formats/extract-ods";
import { extractOdt } from "./formats/extract-odt";
import { extractPptx } from "./formats/extract-pptx";
import { extractRtf } from "./formats/extract-rtf";
import { extractXlsx } from "./formats/extract-xlsx";

export interface ExtractOptions {
  /**
   * Epoch ms after which OCR starts no page and stops the one it is reading, so a file with
   * many scanned pages still finishes within its time limit with what was read by then.
   */
  ocrDeadline?: number;
}

/**
 * Extracts a stored upload with the reader for the MIME type chosen at upload time (see
 * detectType). A type stored by an older version that no reader handles fails as unsupported.
 */
export async function extractDocument(
  bytes: Uint8Array,
  mimeType: SupportedMimeType | string,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  switch (mimeType) {
    case "application/pdf":
      return extractPdf(
        bytes,
        options.ocrDeadline === undefined ? {} : { ocrLimits: { deadline: options.ocrDeadline } },
      );
    case "text/markdown":
      return extractMarkdown(bytes);
    case "text/plain":
      return extractText(bytes);
    case "text/html":
      return extractHtml(bytes);
    case "text/csv":
      return extractCsv(bytes);
    case "text/tab-separated-values":
      return extractCsv(bytes, { tabSeparated: true });
    case "message/rfc822":
      return extractEml(bytes);
    case "application/rtf":
      return extractRtf(bytes);
    case "application/epub+zip":
      return extractEpub(bytes);
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return extractDocx(bytes);
    case "application/vnd.openxmlformats-officedocument.presentationml.presentation":
      return extractPptx(bytes);
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
      return extractXlsx(bytes);
    case "application/vnd.oasis.opendocument.text":
      return extractOdt(bytes);
    case "application/vnd.oasis.opendocument.presentation":
      return extractOdp(bytes);
    case "application/vnd.oasis.opendocument.spreadsheet":
      return extractOds(bytes);
    default:
      throw extractionError("unsupported", `No extractor for MIME type "${mimeType}"`, {
        userMessage:
          "Unsupported file type: this file is not a document Quire can read (PDF, Word, PowerPoint, Excel, OpenDocument, HTML, e-mail, CSV, Markdown or text).",
      });
  }
}
