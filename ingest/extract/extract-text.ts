import type { ExtractedDocument } from "@/lib/domain/types";
import { decodeText } from "./decode-text";
import { extractionError } from "./extraction-error";
import { normalizeText, splitOnBlankLines } from "./normalize-text";

/**
 * Plain text has no layout to recover: paragraphs are the blocks between blank lines, kept with
 * their inner line breaks (lists and addresses stay readable), all on page 1.
 */
export function extractText(bytes: Uint8Array): ExtractedDocument {
  const paragraphs = splitOnBlankLines(normalizeText(decodeText(bytes)));
  if (paragraphs.length === 0) {
    throw extractionError("empty", "Text file contains no visible characters", {
      userMessage: "The file is empty: it contains no text.",
    });
  }
  return { pages: [{ page: 1, blocks: paragraphs.map((text) => ({ kind: "paragraph", text })) }] };
}
