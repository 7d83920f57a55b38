import type { Db } from "@/db/client";
import { readPageText } from "@/lib/documents/read-page-text";

export type PageTextReader = (documentId: string, page: number) => string | undefined;

/** Reads page texts, each page once per answer (several claims often cite one page). */
export function pageTextReader(db: Db): PageTextReader {
  const read = new Map<string, string | undefined>();
  return (documentId, page) => {
    const key = `${documentId}\u0000${page}`;
    if (!read.has(key)) read.set(key, readPageText(db, documentId, page)?.text);
    return read.get(key);
  };
}
