/** Titles that generators write by default and that say nothing about the document. */
const PLACEHOLDER_TITLES = /^(untitled|title|document|microsoft word|new document|slide \d+|\W*)$/i;
const FILE_NAME = /\.(docx?|pdf|rtf|odt|pages|tex|indd|pptx?|xlsx?|txt)$/i;

/**
 * Returns the PDF's metadata title when it is a real title. Many files carry the source file
 * name ("Microsoft Word - protocol_v3.docx") or a template leftover instead, which would
 * mislead users more than showing the upload's file name does.
 */
export function cleanPdfTitle(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const title = raw
    .replace(/^microsoft (word|powerpoint|excel)\s*-\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (title.length < 3 || title.length > 300) return undefined;
  if (PLACEHOLDER_TITLES.test(title) || FILE_NAME.test(title)) return undefined;
  if (!/\p{L}{2}/u.test(title)) return undefined;
  return title;
}
