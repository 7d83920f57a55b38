import { getDocument } from "@/db/queries/documents";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { readDocumentFile } from "@/lib/storage/document-files";

export async function readOriginalFile(
  services: Pick<Services, "db" | "config">,
  id: string,
): Promise<{ bytes: Uint8Array; mimeType: string; filename: string }> {
  const row = getDocument(services.db, id);
  if (!row)
    throw new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
  const bytes = await readDocumentFile(services.config.dataDir, row.storagePath);
  return { bytes, mimeType: row.mimeType, filename: row.filename };
}
