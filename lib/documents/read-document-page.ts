import { getDocumentInCollections } from "@/db/queries/documents";
import type { DocumentPageRow } from "@/db/schema";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { documentNotFound } from "./list-documents";
import { readPageText } from "./read-page-text";

/** One page as ingestion stored it: what the viewer renders and highlights for a citation. */
export interface DocumentPageView {
  documentId: string;
  title: string;
  mimeType: string;
  /** How many pages (or slides, sheets) the document has. */
  pages: number;
  page: number;
  label: string | null;
  ocr: boolean;
  /** The page's blocks joined by a blank line: the coordinate system of passage and claim offsets. */
  text: string;
  blocks: DocumentPageRow["blocks"];
}

function pageNotFound(documentId: string, page: number): AppError {
  return new AppError("NOT_FOUND", `Page ${page} of document ${documentId} not found`, {
    userMessage: "Page not found.",
  });
}

/**
 * A document the scope cannot read answers exactly like one that does not exist; a page that
 * was never stored (out of range, or the document is not extracted yet) is its own 404.
 */
export function readDocumentPage(
  services: Pick<Services, "db">,
  scope: ReadScope,
  documentId: string,
  page: number,
): DocumentPageView {
  const document = getDocumentInCollections(services.db, documentId, scopeCollectionIds(scope));
  if (!document) throw documentNotFound(documentId);
  const row = readPageText(services.db, documentId, page);
  if (!row) throw pageNotFound(documentId, page);
  return {
    documentId,
    title: document.title,
    mimeType: document.mimeType,
    pages: Math.max(document.pages ?? 0, page),
    page,
    label: row.label,
    ocr: row.ocr,
    text: row.text,
    blocks: row.blocks,
  };
}
