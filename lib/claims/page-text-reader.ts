import type { Db } from "@/db/client";
import { getDocumentPage } from "@/db/queries/document-pages";

export type PageTextReader = (documentId: string, page: number) => string | undefined;

/** Reads stored page texts, each page once per answer (several claims often cite one page). */
export function pageTextReader(db: Db): PageTextReader {
  const read = new Map<string, string | undefined>();
  return (documentId, page) => {
    const key = `${documentId}\u0000${page}`;
    if (!read.has(key)) read.set(key, getDocumentPage(db, documentId, page)?.text);
    return read.get(key);
  };
}
