import { createHash, randomUUID } from "node:crypto";
import { latestVersionOf } from "@/db/queries/document-versions";
import { findDocumentByHash, insertDocumentWithJob } from "@/db/queries/documents";
import type { DocumentRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
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
  /**
   * Identity across versions (e.g. an import's relative path). Defaults to the file name
   * within the collection, so re-uploading a changed file makes a new version of it.
   */
  sourceKey?: string;
  batchId?: string;
  /** YYYY-MM-DD from which this version applies; until then the previous version is used. */
  effectiveDate?: string;
  /** Who uploaded it, for the audit trail; imports without a person are "system". */
  actor?: AuditActor;
}

export interface UploadResult {
  id: string;
  title: string;
  status: DocumentStatus;
  duplicate: boolean;
  version: number;
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
  if (existing) return duplicateOf(existing);
  const sourceKey = input.sourceKey ?? defaultSourceKey(collectionId, name);
  const version = (latestVersionOf(db, sourceKey)?.version ?? 0) + 1;

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
      sourceKey,
      version,
      batchId: input.batchId ?? null,
      effectiveDate: input.effectiveDate ?? null,
    });
    appendAuditEvent(services, {
      action: "document.upload",
      actor: input.actor ?? SYSTEM_ACTOR,
      target: { type: "document", id: row.id },
      details: {
        collectionId,
        version: row.version,
        sizeBytes: row.sizeBytes,
        mimeType,
        contentHash,
        batchId: row.batchId,
      },
    });
    return { id: row.id, title: row.title, status: row.status, duplicate: false, version: row.version };
  } catch (error) {
    await removeDocumentFile(config.dataDir, storagePath);
    // Two identical uploads racing: the loser returns the winner's document.
    const winner = findDocumentByHash(db, collectionId, contentHash);
    if (winner) return duplicateOf(winner);
    throw error;
  }
}

function duplicateOf(row: DocumentRow): UploadResult {
  return { id: row.id, title: row.title, status: row.status, duplicate: true, version: row.version };
}

function defaultSourceKey(collectionId: string, filename: string): string {
  return `${collectionId}:${titleFromFilename(filename, { keepExtension: true }).toLowerCase()}`;
}
