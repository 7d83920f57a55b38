import type { CorpusDocument } from "./types";

const MAX_TITLE_IN_NAME = 120;

/** Characters a file name should not have are replaced. */
function safeName(text: string): string {
  return text.replace(/[^\p{L}\p{N} ,.()-]+/gu, "_").trim();
}

/**
 * A corpus document as a user would upload it: a Markdown file whose level-1 heading
 * is the title, so it goes through extraction and chunking like any real document.
 * Null when the document has no text at all (an empty upload is rejected).
 */
export function corpusDocumentUpload(doc: CorpusDocument): { filename: string; bytes: Uint8Array } | null {
  const title = doc.title.replace(/\s+/g, " ").trim();
  const text = doc.text.trim();
  if (title === "" && text === "") return null;
  const markdown = title === "" ? `${text}\n` : `# ${title}\n\n${text}\n`;
  // Named as people name files, after the title (Quire's document title comes from the file
  // name), with the id to keep names unique: two uploads of one name are versions of one document.
  const filename = `${safeName(title.slice(0, MAX_TITLE_IN_NAME))} ${safeName(doc.id)}`.trim().concat(".md");
  return { filename, bytes: new TextEncoder().encode(markdown) };
}
