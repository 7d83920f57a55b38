import type { ExtractedDocument } from "@/lib/domain/types";
import { extractWithOfficeparser } from "./office-ast/extract-with-officeparser";

/**
 * Rich Text Format (.rtf) via officeparser: headings, paragraphs and tables as "cell | cell" rows,
 * all on page 1.
 */
export function extractRtf(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractWithOfficeparser(bytes, {
    fileType: "rtf",
    name: "RTF document",
    emptyMessage: "This RTF document contains no text.",
    // About 2.5 MB per second; embedded pictures (hex text) make RTF files big.
    maxBytes: 48 * 1024 * 1024,
  });
}
