import { createHash, randomUUID } from "node:crypto";
import { findDocumentByHash, insertDocumentWithJob } from "@/db/queries/documents";
import type { DocumentStatus } from "@/lib/domain/types";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { removeDocumentFile, storedPathFor, writeDocumentFile } from "@/lib/storage/document-files";
import { detectType } from "./detect-type";
import { titleFromFilename } from "./title-from-filename";

export const DEFAULT_COLLECTION_ID = "default";

export interface UploadInput {
  filename: string;
  declaredType?: string;
  bytes: Uint8Array;
  collectionId?: string;
}

export interface UploadResult {
  id: string;
  title: string;
  status: DocumentStatus;
  duplicate: boolean;
}

/**
 * Stores the original and queues ingestion. The same bytes uploaded again return the
 * existing document untouched, so re-uploading is always safe.
 */
export async function uploadDocument(
  services: Pick<Services, "db" | "config">,
  input: UploadInput,
): Promise<UploadResult> {
  const { db, config } = services;
  const name = input.filename || "untitled";
  if (input.bytes.byteLength > config.maxUploadBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${name} is ${input.bytes.byteLength} bytes`, {
      userMessage: `${name} is larger than the ${Math.round(config.maxUploadBytes / 1024 / 1024)} MB upload limit.`,
    });
  }
  if (input.bytes.byteLength === 0) {
    throw new AppError("UNPROCESSABLE", `${name} is empty`, { userMessage: `${name} is empty.` });
  }
  const mimeType = detectType(input.bytes, name, input.declaredType);
  const collectionId = input.collectionId ?? DEFAULT_COLLECTION_ID;
  const contentHash = createHash("sha256").update(input.bytes).digest("hex");

  const existing = findDocumentByHash(db, collectionId, contentHash);
  if (existing) return { id: existing.id, title: existing.title, status: existing.status, duplicate: true };

  const id = randomUUID();
  const storagePath = storedPathFor(id, mimeType);
  await writeDocumentFile(config.dataDir, storagePath, input.bytes);
  try {
    const row = insertDocumentWithJob(db, {
      id,
      collectionId,
      title: titleFromFilename(name),
      filename: titleFromFilename(name, { keepExtension: true }),
      mimeType,
      sizeBytes: input.bytes.byteLength,
      contentHash,
      storagePath,
    });
    return { id: row.id, title: row.title, status: row.status, duplicate: false };
  } catch (error) {
    await removeDocumentFile(config.dataDir, storagePath);
    // Two identical uploads racing: the loser returns the winner's document.
    const winner = findDocumentByHash(db, collectionId, contentHash);
    if (winner) return { id: winner.id, title: winner.title, status: winner.status, duplicate: true };
    throw error;
  }
}
