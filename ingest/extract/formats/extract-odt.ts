import type { ExtractedDocument } from "@/lib/domain/types";
import { extractWithOfficeparser } from "./office-ast/extract-with-officeparser";
import { isPackagePart } from "./shared/is-package-part";

/**
 * OpenDocument text (.odt) via officeparser: headings with their outline level, paragraphs, lists
 * and tables as "cell | cell" rows, all on page 1 (pages depend on the application that lays it out).
 */
export function extractOdt(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractWithOfficeparser(bytes, {
    fileType: "odt",
    name: "OpenDocument text document",
    keep: isPackagePart,
    emptyMessage: "This document contains no text.",
  });
}
