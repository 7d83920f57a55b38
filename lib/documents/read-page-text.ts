import type { Db } from "@/db/client";
import { listChunksCoveringPage } from "@/db/queries/chunks";
import { getDocumentPage } from "@/db/queries/document-pages";
import type { DocumentPageRow } from "@/db/schema";

/** Between a page's blocks in its stored text, so a span never runs two blocks together unseen. */
export const BLOCK_SEPARATOR = "\n\n";

/**
 * A page's text as ingestion stored it. Documents ingested before page texts were kept have
 * none: their page is rebuilt from the chunks covering it (overlapping chunks repeat a few
 * sentences), so the viewer and the claim check still find the cited words until the
 * document is ingested again.
 */
export function readPageText(db: Db, documentId: string, page: number): DocumentPageRow | undefined {
  const stored = getDocumentPage(db, documentId, page);
  if (stored) return stored;
  const covering = listChunksCoveringPage(db, documentId, page);
  if (covering.length === 0) return undefined;
  let text = "";
  const blocks: DocumentPageRow["blocks"] = [];
  for (const chunk of covering) {
    if (text !== "") text += BLOCK_SEPARATOR;
    const start = text.length;
    text += chunk.text;
    blocks.push({ kind: "paragraph", start, end: text.length });
  }
  return { documentId, page, label: null, ocr: false, text, blocks };
}
