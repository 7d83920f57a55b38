import type { DocumentStatus } from "@/lib/domain/types";

export interface StatusTotals {
  count: number;
  /** Size of the original files. */
  bytes: number;
  /** Pages extracted so far (unknown, so 0, until a document has been read). */
  pages: number;
}

/** What the database knows about a batch at one moment. */
export interface BatchSnapshot {
  /** Files found or announced for the batch. */
  total: number;
  /** Files that will never become documents of the batch (junk, unsupported, duplicates). */
  skipped: number;
  createdAt: Date;
  finishedAt: Date | null;
  byStatus: Partial<Record<DocumentStatus, StatusTotals>>;
}

export interface ImportProgress {
  counts: Record<DocumentStatus, number>;
  /** Files not yet stored (still being uploaded or copied in). */
  notStored: number;
  pagesPerSecond: number;
  /** Null until there is a rate to extrapolate from. */
  etaSeconds: number | null;
  finished: boolean;
  elapsedSeconds: number;
}

const NONE: StatusTotals = { count: 0, bytes: 0, pages: 0 };
/** Below this much history a rate is noise, and an ETA from it would swing wildly. */
const MIN_ELAPSED_SECONDS = 1;

function totalsOf(snapshot: BatchSnapshot, status: DocumentStatus): StatusTotals {
  return snapshot.byStatus[status] ?? NONE;
}

/**
 * Progress, throughput and ETA of a batch, from counts alone so any process can compute it
 * without remembering earlier samples.
 *
 * Throughput is measured in bytes of original files finished (ready or failed) per second since
 * the batch was opened: bytes track the work better than file counts when a corpus mixes notes
 * and 300-page PDFs. The ETA divides the bytes still to do by that rate; files not stored yet
 * are assumed to be as large as the average stored one. Pages per second is reported for people
 * (it is what they can compare between runs) but pages are unknown before extraction, so they
 * cannot drive the estimate.
 */
export function computeImportProgress(snapshot: BatchSnapshot, now: Date): ImportProgress {
  const queued = totalsOf(snapshot, "queued");
  const processing = totalsOf(snapshot, "processing");
  const ready = totalsOf(snapshot, "ready");
  const failed = totalsOf(snapshot, "failed");
  const stored = queued.count + processing.count + ready.count + failed.count;
  const notStored = Math.max(0, snapshot.total - stored - snapshot.skipped);
  const finished = notStored === 0 && queued.count === 0 && processing.count === 0;

  const end = snapshot.finishedAt ?? now;
  const elapsedSeconds = Math.max(0, (end.getTime() - snapshot.createdAt.getTime()) / 1000);
  const timed = elapsedSeconds >= MIN_ELAPSED_SECONDS;
  const pagesPerSecond = timed ? (ready.pages + failed.pages) / elapsedSeconds : 0;

  const doneBytes = ready.bytes + failed.bytes;
  const averageBytes = stored > 0 ? (queued.bytes + processing.bytes + doneBytes) / stored : 0;
  const remainingBytes = queued.bytes + processing.bytes + notStored * averageBytes;
  let etaSeconds: number | null = null;
  if (finished) etaSeconds = 0;
  else if (timed && doneBytes > 0) etaSeconds = remainingBytes / (doneBytes / elapsedSeconds);

  return {
    counts: { queued: queued.count, processing: processing.count, ready: ready.count, failed: failed.count },
    notStored,
    pagesPerSecond: round(pagesPerSecond, 2),
    etaSeconds: etaSeconds === null ? null : Math.ceil(etaSeconds),
    finished,
    elapsedSeconds: round(elapsedSeconds, 1),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
