import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { addToImportBatch } from "@/db/queries/imports";
import {
  deleteWatchedFile,
  listWatchedFiles,
  touchWatchedRoot,
  upsertWatchedFile,
} from "@/db/queries/watched-files";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { deleteDocument } from "@/lib/documents/delete-document";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { createImportBatch } from "../batch/create-import-batch";
import type { EntryOutcome } from "../batch/entry-outcome";
import { storeImportEntry } from "../batch/store-import-entry";
import type { ImportFile } from "../entries/import-entry";
import { walkFolder } from "../entries/walk-folder";
import { diffWatchedFiles, type RememberedFile } from "./diff-watched-files";

export interface WatchScanOptions {
  /** The watched folder as a real path; it keys the remembered state. */
  root: string;
  collectionId: string;
  /** Files modified more recently than this are left for the next scan: they may still be being copied. */
  settleMs?: number;
  now?: Date;
}

export interface WatchScanResult {
  batchId: string | null;
  added: EntryOutcome[];
  changed: EntryOutcome[];
  removed: string[];
  unchanged: number;
  /** Junk, links leaving the folder, files still being written. */
  ignored: number;
}

async function hashFile(file: ImportFile): Promise<string | null> {
  try {
    return createHash("sha256")
      .update(await file.read())
      .digest("hex");
  } catch {
    return null; // vanished or unreadable mid-scan: look again next time
  }
}

async function assertFolder(root: string): Promise<void> {
  const stat = await fs.stat(root).catch(() => null);
  // Treating a missing (unmounted) folder as empty would delete every document it ever gave us.
  if (!stat?.isDirectory()) {
    throw new AppError("NOT_FOUND", `Watched folder ${root} is missing`, {
      userMessage: `The watched folder ${root} is missing or not a folder; nothing was changed.`,
    });
  }
}

async function removeDocument(services: Pick<Services, "db" | "store" | "config">, file: RememberedFile) {
  if (file.documentId === null) return;
  try {
    await deleteDocument(services, file.documentId);
    appendAuditEvent(services, {
      action: "document.delete",
      actor: SYSTEM_ACTOR,
      target: { type: "document", id: file.documentId },
      details: { reason: "watched_file_removed" },
    });
  } catch (error) {
    if (!(isAppError(error) && error.code === "NOT_FOUND")) throw error;
  }
}

/**
 * One pass over a watched folder: new files are imported, changed ones (by content hash)
 * imported again under the same source key so they become a new version, and files gone from
 * the folder have their document deleted. What was seen is remembered in SQLite, so a restart
 * picks up where the last scan left off instead of re-importing everything.
 */
export async function scanWatchedFolder(
  services: Pick<Services, "db" | "store" | "config">,
  options: WatchScanOptions,
): Promise<WatchScanResult> {
  const { root, collectionId } = options;
  const now = options.now ?? new Date();
  await assertFolder(root);
  const files = new Map<string, ImportFile>();
  const present = new Map<string, string | null>();
  let ignored = 0;
  for (const entry of await walkFolder(root)) {
    if (entry.kind === "skipped") {
      ignored += 1;
      continue;
    }
    files.set(entry.path, entry);
    const settling =
      (options.settleMs ?? 0) > 0 && now.getTime() - (entry.modifiedMs ?? 0) < (options.settleMs ?? 0);
    const hash = settling ? null : await hashFile(entry);
    if (hash === null) ignored += 1;
    present.set(entry.path, hash);
  }

  const remembered = listWatchedFiles(services.db, root);
  const previous = new Map(remembered.map((row) => [row.relativePath, row]));
  const diff = diffWatchedFiles(present, remembered);
  const toStore = [...diff.added, ...diff.changed];
  const batch =
    toStore.length > 0
      ? createImportBatch(services, {
          label: `watch ${path.basename(root)}`,
          origin: "watch",
          total: toStore.length,
        })
      : null;

  const outcomes = new Map<string, EntryOutcome>();
  for (const relativePath of toStore) {
    const file = files.get(relativePath);
    const hash = present.get(relativePath);
    if (!file || !hash || !batch) continue;
    const outcome = await storeImportEntry(services, file, { collectionId, batchId: batch.id });
    if (outcome.kind === "skipped") addToImportBatch(services.db, batch.id, { skipped: 1 });
    outcomes.set(relativePath, outcome);
    // A skipped file keeps the document it had (if any), so deleting the file later still removes it.
    const documentId =
      outcome.kind === "stored" ? outcome.documentId : (previous.get(relativePath)?.documentId ?? null);
    upsertWatchedFile(services.db, { root, relativePath, contentHash: hash, documentId, seenAt: now });
  }

  for (const file of diff.removed) {
    await removeDocument(services, file);
    deleteWatchedFile(services.db, root, file.relativePath);
  }
  touchWatchedRoot(services.db, root, now);

  const pick = (paths: string[]) => paths.flatMap((p) => outcomes.get(p) ?? []);
  return {
    batchId: batch?.id ?? null,
    added: pick(diff.added),
    changed: pick(diff.changed),
    removed: diff.removed.map((file) => file.relativePath),
    unchanged: diff.unchanged.length,
    ignored,
  };
}
