import type { ExtractedDocument } from "@/lib/domain/types";
import { extractWithOfficeparser } from "./office-ast/extract-with-officeparser";
import { isXmlPart } from "./shared/is-xml-part";

/**
 * PowerPoint (.pptx) via officeparser: one page per slide (page = slide number, label
 * "Slide N"), the slide title as heading, text boxes, bullets, tables as "cell | cell" rows and
 * speaker notes as "Note:" paragraphs.
 */
export function extractPptx(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractWithOfficeparser(bytes, {
    fileType: "pptx",
    name: "PowerPoint presentation",
    keep: isXmlPart,
    emptyMessage: "This presentation contains no text (its slides may hold only pictures).",
  });
}
