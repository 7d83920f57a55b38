import { countDocumentsByStatus } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { listPendingDocuments, listRecentFinishedRuns } from "@/db/queries/queue-stats";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import type { Services } from "@/lib/runtime/services";
import { averagePages, estimateSecondsLeft, pagesPerSecond } from "./estimate-throughput";

export interface QueueStatus {
  queued: number;
  processing: number;
  ready: number;
  failed: number;
  total: number;
  /** Recent ingest throughput; null before anything has finished. */
  pagesPerSecond: number | null;
  /** Time until the queue is empty at that rate; 0 when empty, null when unknown. */
  etaSeconds: number | null;
}

const RECENT_RUNS = 50;

/**
 * How far ingestion has got and how long the rest will take, for the documents page. Counts and
 * the pages left cover only the scope's collections; the rate is the server's recent throughput
 * (pages per second, no document named), which any reader's own ETA depends on.
 */
export function readQueueStatus(services: Pick<Services, "db">, scope: ReadScope): QueueStatus {
  const { db } = services;
  const collectionIds = scopeCollectionIds(scope);
  const counts = countDocumentsByStatus(db, collectionIds);
  const runs = listRecentFinishedRuns(db, RECENT_RUNS);
  const rate = pagesPerSecond(runs);
  const typicalPages = averagePages(runs);
  const pending = listPendingDocuments(db, collectionIds);
  const jobs = latestJobsByDocument(
    db,
    pending.filter((document) => document.status === "processing").map((document) => document.id),
  );
  const remainingPages = pending.reduce((sum, document) => {
    const done = (jobs.get(document.id)?.progress ?? 0) / 100;
    return sum + (document.pages ?? typicalPages) * (1 - done);
  }, 0);
  const queued = counts.queued ?? 0;
  const processing = counts.processing ?? 0;
  const ready = counts.ready ?? 0;
  const failed = counts.failed ?? 0;
  return {
    queued,
    processing,
    ready,
    failed,
    total: queued + processing + ready + failed,
    pagesPerSecond: rate === null ? null : Math.round(rate * 100) / 100,
    etaSeconds: estimateSecondsLeft(remainingPages, rate),
  };
}
