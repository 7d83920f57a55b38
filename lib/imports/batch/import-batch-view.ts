import {
  batchStatusTotals,
  getImportBatch,
  getVisibleImportBatch,
  listVisibleImportBatches,
  markImportBatchFinished,
} from "@/db/queries/imports";
import type { ImportBatchRow } from "@/db/schema";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import type { DocumentStatus } from "@/lib/domain/types";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { type BatchSnapshot, computeImportProgress } from "../progress/compute-import-progress";

/** The API's view of an import batch. */
export interface ImportBatchView {
  id: string;
  label: string;
  origin: ImportBatchRow["origin"];
  total: number;
  skipped: number;
  counts: Record<DocumentStatus, number>;
  pagesPerSecond: number;
  etaSeconds: number | null;
  finished: boolean;
  createdAt: string;
  finishedAt: string | null;
}

function snapshotOf(services: Pick<Services, "db">, row: ImportBatchRow): BatchSnapshot {
  const byStatus: BatchSnapshot["byStatus"] = {};
  for (const totals of batchStatusTotals(services.db, row.id)) byStatus[totals.status] = totals;
  return {
    total: row.total,
    skipped: row.skipped,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    byStatus,
  };
}

/**
 * Computes a batch's progress and, the first time it is seen complete, records when: that
 * freezes its throughput figures instead of letting them decay as time passes.
 */
export function presentImportBatch(
  services: Pick<Services, "db">,
  row: ImportBatchRow,
  now = new Date(),
): ImportBatchView {
  let finishedAt = row.finishedAt;
  let progress = computeImportProgress(snapshotOf(services, row), now);
  if (progress.finished && finishedAt === null) {
    markImportBatchFinished(services.db, row.id, now);
    finishedAt = getImportBatch(services.db, row.id)?.finishedAt ?? now;
    progress = computeImportProgress({ ...snapshotOf(services, row), finishedAt }, now);
  }
  return {
    id: row.id,
    label: row.label,
    origin: row.origin,
    total: row.total,
    skipped: row.skipped,
    counts: progress.counts,
    pagesPerSecond: progress.pagesPerSecond,
    etaSeconds: progress.etaSeconds,
    finished: progress.finished,
    createdAt: row.createdAt.toISOString(),
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}

/**
 * Batches are not tied to a collection, so a non-admin sees one only when every document in it
 * lies in a collection it may read (and it holds at least one): then its label, totals and
 * counts describe only what the reader may see anyway. Any other batch answers 404.
 */
export function getImportBatchView(
  services: Pick<Services, "db">,
  scope: ReadScope,
  id: string,
): ImportBatchView {
  const row = getVisibleImportBatch(services.db, id, scopeCollectionIds(scope));
  if (!row)
    throw new AppError("NOT_FOUND", `Import batch ${id} not found`, { userMessage: "Import not found." });
  return presentImportBatch(services, row);
}

export function listImportBatchViews(
  services: Pick<Services, "db">,
  scope: ReadScope,
  limit: number,
): ImportBatchView[] {
  return listVisibleImportBatches(services.db, limit, scopeCollectionIds(scope)).map((row) =>
    presentImportBatch(services, row),
  );
}
