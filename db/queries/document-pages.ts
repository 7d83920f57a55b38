import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type DocumentPageRow, documentPages } from "../schema";

export type NewDocumentPage = DocumentPageRow;

/** Replaces a document's stored page texts in one transaction (a re-extraction rewrites them all). */
export function replaceDocumentPages(db: Db, documentId: string, pages: NewDocumentPage[]): void {
  db.transaction((tx) => {
    tx.delete(documentPages).where(eq(documentPages.documentId, documentId)).run();
    for (const page of pages) tx.insert(documentPages).values(page).run();
  });
}

export function getDocumentPage(db: Db, documentId: string, page: number): DocumentPageRow | undefined {
  return db
    .select()
    .from(documentPages)
    .where(and(eq(documentPages.documentId, documentId), eq(documentPages.page, page)))
    .get();
}
