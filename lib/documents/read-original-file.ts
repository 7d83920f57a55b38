import { getDocumentInCollections } from "@/db/queries/documents";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import type { Services } from "@/lib/runtime/services";
import { readDocumentFile } from "@/lib/storage/document-files";
import { documentNotFound } from "./list-documents";

export async function readOriginalFile(
  services: Pick<Services, "db" | "config">,
  scope: ReadScope,
  id: string,
): Promise<{ bytes: Uint8Array; mimeType: string; filename: string }> {
  const row = getDocumentInCollections(services.db, id, scopeCollectionIds(scope));
  if (!row) throw documentNotFound(id);
  const bytes = await readDocumentFile(services.config.dataDir, row.storagePath);
  return { bytes, mimeType: row.mimeType, filename: row.filename };
}
