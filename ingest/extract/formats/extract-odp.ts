import type { ExtractedDocument } from "@/lib/domain/types";
import { extractWithOfficeparser } from "./office-ast/extract-with-officeparser";
import { isPackagePart } from "./shared/is-package-part";

/**
 * OpenDocument presentation (.odp) via officeparser: one page per slide (label "Slide N"), laid out
 * like PowerPoint slides.
 */
export function extractOdp(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractWithOfficeparser(bytes, {
    fileType: "odp",
    name: "OpenDocument presentation",
    keep: isPackagePart,
    emptyMessage: "This presentation contains no text (its slides may hold only pictures).",
  });
}
