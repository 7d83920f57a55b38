import type { ExtractedDocument } from "@/lib/domain/types";
import { extractWithOfficeparser } from "./office-ast/extract-with-officeparser";
import { isPackagePart } from "./shared/is-package-part";

/**
 * OpenDocument spreadsheet (.ods) via officeparser: one page per sheet (label "Sheet: name"), the
 * sheet name as heading and one "cell | cell" paragraph per non-empty row (first 20,000 rows).
 */
export function extractOds(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractWithOfficeparser(bytes, {
    fileType: "ods",
    name: "OpenDocument spreadsheet",
    keep: isPackagePart,
    emptyMessage: "This spreadsheet contains no data: every sheet is empty.",
  });
}
