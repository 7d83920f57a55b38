import { uploadDocument } from "@/lib/documents/upload-document";
import { isAppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { baseName } from "../entries/entry-path";
import type { ImportEntry } from "../entries/import-entry";
import { sourceKeyFor } from "../entries/source-key";
import type { EntryOutcome } from "./entry-outcome";

export interface StoreTarget {
  collectionId: string;
  batchId: string;
}

async function readEntry(entry: Extract<ImportEntry, { kind: "file" }>): Promise<Uint8Array | string> {
  try {
    return await entry.read();
  } catch (error) {
    return isAppError(error) ? error.userMessage : "Skipped: the file could not be read.";
  }
}

/**
 * Stores one file through the same path as a browser upload. A file the upload refuses
 * (unsupported type, empty, too large) or already holds is skipped with the reason; only
 * failures of the server itself (disk full, database gone) stop the import.
 */
export async function storeImportEntry(
  services: Pick<Services, "db" | "config">,
  entry: ImportEntry,
  target: StoreTarget,
): Promise<EntryOutcome> {
  if (entry.kind === "skipped")
    return { kind: "skipped", path: entry.path, documentId: null, reason: entry.reason };
  const bytes = await readEntry(entry);
  if (typeof bytes === "string")
    return { kind: "skipped", path: entry.path, documentId: null, reason: bytes };
  try {
    const result = await uploadDocument(services, {
      filename: baseName(entry.path),
      declaredType: entry.declaredType,
      bytes,
      collectionId: target.collectionId,
      sourceKey: sourceKeyFor(target.collectionId, entry.path),
      batchId: target.batchId,
    });
    if (result.duplicate) {
      return {
        kind: "skipped",
        path: entry.path,
        documentId: result.id,
        reason: `Skipped: the same content is already in the library as “${result.title}”.`,
      };
    }
    return {
      kind: "stored",
      path: entry.path,
      documentId: result.id,
      title: result.title,
      status: result.status,
    };
  } catch (error) {
    if (isAppError(error) && error.status < 500) {
      return { kind: "skipped", path: entry.path, documentId: null, reason: error.userMessage };
    }
    throw error;
  }
}
