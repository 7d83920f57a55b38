import type { ExtractedDocument } from "@/lib/domain/types";
import { extractWithOfficeparser } from "./office-ast/extract-with-officeparser";
import { isPackagePart } from "./shared/is-package-part";

/**
 * EPUB e-books via officeparser: chapters in reading order with their headings, paragraphs and
 * tables, all on page 1 (e-books reflow, so they have no fixed pages).
 */
export function extractEpub(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractWithOfficeparser(bytes, {
    fileType: "epub",
    name: "EPUB e-book",
    keep: isPackagePart,
    emptyMessage: "This e-book contains no text.",
  });
}
