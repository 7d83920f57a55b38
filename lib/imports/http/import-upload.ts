import { addToImportBatch, batchStatusTotals, getVisibleImportBatch } from "@/db/queries/imports";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import type { AuditActor } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { createImportBatch } from "../batch/create-import-batch";
import { getImportBatchView, type ImportBatchView } from "../batch/import-batch-view";
import { storeImportEntries } from "../batch/store-import-entries";
import type { ImportEntry } from "../entries/import-entry";
import { readZipEntries } from "../entries/read-zip-entries";
import type { ZipLimits } from "../entries/zip-limits";
import { type ImportedFileView, presentOutcome } from "./imported-file-view";
import type { ImportForm } from "./read-import-form";

export interface ImportUploadResult {
  batch: ImportBatchView;
  documents: ImportedFileView[];
}

type ImportServices = Pick<Services, "db" | "config">;

/** A folder upload is named after its top folder when every path shares one. */
function folderLabel(entries: ImportEntry[]): string {
  const tops = new Set(entries.map((entry) => (entry.path.includes("/") ? entry.path.split("/")[0] : "")));
  const [only] = tops;
  return tops.size === 1 && only ? only : "Folder upload";
}

function entriesOf(form: ImportForm, limits: ZipLimits): ImportEntry[] {
  return form.kind === "archive" ? readZipEntries(form.bytes, limits) : form.entries;
}

/**
 * Starts an import from the browser into a collection the caller was checked to manage:
 * expands an archive (or takes the folder's files), opens a batch, and stores every file into it. Processing happens in the worker; the batch's progress
 * is read from GET /api/imports/:id.
 */
export async function startUploadImport(
  services: ImportServices,
  form: ImportForm,
  limits: ZipLimits,
  target: { collectionId: string; scope: ReadScope; actor?: AuditActor },
): Promise<ImportUploadResult> {
  const { collectionId, scope } = target;
  const entries = entriesOf(form, limits);
  const label = form.kind === "archive" ? form.name : (form.label ?? folderLabel(entries));
  // A folder sent in several requests announces its full size up front, so the batch is not
  // reported finished between requests.
  const total = form.kind === "files" ? Math.max(form.expected ?? 0, entries.length) : entries.length;
  const batch = createImportBatch(services, {
    label,
    origin: "upload",
    total,
    ...(target.actor ? { actor: target.actor } : {}),
  });
  const outcomes = await storeImportEntries(services, entries, { collectionId, batchId: batch.id });
  return { batch: getImportBatchView(services, scope, batch.id), documents: outcomes.map(presentOutcome) };
}

/** Adds the next request's files of a folder upload to its batch. */
export async function addToUploadImport(
  services: ImportServices,
  batchId: string,
  form: ImportForm,
  limits: ZipLimits,
  target: { collectionId: string; scope: ReadScope },
): Promise<ImportUploadResult> {
  const { collectionId, scope } = target;
  // Someone else's batch, or one holding documents the caller cannot read, does not exist for it.
  const batch = getVisibleImportBatch(services.db, batchId, scopeCollectionIds(scope));
  if (batch?.origin !== "upload")
    throw new AppError("NOT_FOUND", `Import batch ${batchId} not found`, {
      userMessage: "Import not found.",
    });
  if (batch.finishedAt !== null) {
    throw new AppError("CONFLICT", `Import batch ${batchId} already finished`, {
      userMessage: "This import has already finished; start a new import for more files.",
    });
  }
  const entries = entriesOf(form, limits);
  const stored = batchStatusTotals(services.db, batchId).reduce((sum, totals) => sum + totals.count, 0);
  const received = stored + batch.skipped;
  const overflow = received + entries.length - batch.total;
  if (overflow > 0) addToImportBatch(services.db, batchId, { total: overflow });
  const outcomes = await storeImportEntries(services, entries, { collectionId, batchId });
  return { batch: getImportBatchView(services, scope, batchId), documents: outcomes.map(presentOutcome) };
}
