import { deleteDocumentRow, getDocument } from "@/db/queries/documents";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { removeDocumentFile } from "@/lib/storage/document-files";

/** Removes a document everywhere: its index rows first, so it stops being retrievable at once. */
export async function deleteDocument(
  services: Pick<Services, "db" | "store" | "config">,
  id: string,
): Promise<void> {
  const row = getDocument(services.db, id);
  if (!row)
    throw new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
  await services.store.deleteDocument(id);
  deleteDocumentRow(services.db, id);
  await removeDocumentFile(services.config.dataDir, row.storagePath);
}
