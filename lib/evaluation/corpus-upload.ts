import type { CorpusDocument } from "./types";

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
  // The name is only shown as a title; characters a file name should not have are replaced.
  const filename = `${doc.id.replace(/[^A-Za-z0-9._-]+/g, "_")}.md`;
  return { filename, bytes: new TextEncoder().encode(markdown) };
}
