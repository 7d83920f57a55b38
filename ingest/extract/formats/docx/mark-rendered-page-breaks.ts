import { PAGE_MARKER } from "../shared/page-markers";

const RENDERED_BREAK = /<w:lastRenderedPageBreak\s*\/>/;

/**
 * Word records where each page began when it last laid the document out
 * (`<w:lastRenderedPageBreak/>`, inside a run). Turning each into a run of marker text lets the
 * marker travel through mammoth's conversion to the exact spot, so pages can be cut there.
 * Returns null when the document has no rendered breaks (written by another tool, or never
 * paginated): its page numbers are unknown.
 */
export function markRenderedPageBreaks(documentXml: string): string | null {
  if (!RENDERED_BREAK.test(documentXml)) return null;
  return documentXml.replace(new RegExp(RENDERED_BREAK.source, "g"), `<w:t>${PAGE_MARKER}</w:t>`);
}
