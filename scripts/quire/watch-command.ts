import { ensureCollection } from "@/lib/access/collections/ensure-collection";
import { isAppError } from "@/lib/errors/app-error";
import { formatImportSummary, importRecords, summarizeRecords } from "@/lib/imports/batch/import-records";
import { formatProgressLine } from "@/lib/imports/progress/format-progress-line";
import { watchFolderChanges } from "@/lib/imports/watch/folder-changes";
import { scanWatchedFolder, type WatchScanResult } from "@/lib/imports/watch/scan-watched-folder";
import type { Services } from "@/lib/runtime/services";
import { chooseWorker } from "./choose-worker";
import type { InProcessWorker } from "./in-process-worker";
import { collectionFlag, onePositional, parseCommandArgs } from "./parse-command-args";
import { createProgressReporter } from "./progress-reporter";
import { resolveImportSource } from "./resolve-import-source";
import { UsageError } from "./usage-error";
import { waitForBatch } from "./wait-for-batch";

const DEFAULT_INTERVAL_SECONDS = 60;
/** A file modified this recently may still be being copied in; the next scan takes it. */
const SETTLE_MS = 2000;

export interface WatchCommand {
  root: string;
  /** Name or id; created when missing, like `import`'s. */
  collection: string;
  intervalSeconds: number;
  once: boolean;
  runWorker: boolean;
}

export async function parseWatchCommand(argv: string[], dataDir: string): Promise<WatchCommand> {
  const { values, positionals } = parseCommandArgs("watch", argv, {
    collection: { type: "string" },
    interval: { type: "string" },
    once: { type: "boolean" },
    "no-worker": { type: "boolean" },
  });
  const given = onePositional("watch", positionals, "folder to watch");
  const intervalSeconds = values.interval === undefined ? DEFAULT_INTERVAL_SECONDS : Number(values.interval);
  if (!Number.isFinite(intervalSeconds) || intervalSeconds < 1 || intervalSeconds > 86_400) {
    throw new UsageError("watch: --interval must be a number of seconds between 1 and 86400.");
  }
  const source = await resolveImportSource("watch", given, dataDir, false);
  if (source.kind !== "folder") throw new UsageError(`watch: ${given} is not a folder.`);
  return {
    root: source.root,
    collection: collectionFlag("watch", values.collection),
    intervalSeconds,
    once: values.once === true,
    runWorker: values["no-worker"] !== true,
  };
}

function describeScan(scan: WatchScanResult): string {
  return `watch: ${scan.added.length} new, ${scan.changed.length} changed, ${scan.removed.length} deleted, ${scan.unchanged} unchanged, ${scan.ignored} ignored`;
}

/** `--once`: one scan, then (with the in-process worker) wait for what it imported and summarise it. */
async function watchOnce(
  services: Services,
  command: WatchCommand,
  worker: InProcessWorker | null,
  signal: AbortSignal,
) {
  const collectionId = ensureCollection(services, command.collection).id;
  const scan = await scanWatchedFolder(services, { root: command.root, collectionId });
  process.stdout.write(`${describeScan(scan)}\n`);
  if (scan.batchId === null || worker === null) return 0;
  const reporter = createProgressReporter();
  const outcomes = [...scan.added, ...scan.changed];
  const view = await waitForBatch(services, scan.batchId, {
    worker,
    signal,
    onProgress: (next) => reporter.update(formatProgressLine(next, outcomes.length)),
  });
  await worker.stop();
  reporter.finish();
  if (view === null) return 130;
  process.stdout.write(`${formatImportSummary(summarizeRecords(importRecords(services, outcomes)))}\n`);
  return 0;
}

/** Until Ctrl-C: scan, then sleep until the interval passes or the folder changes. */
async function watchForever(services: Services, command: WatchCommand, signal: AbortSignal) {
  const collectionId = ensureCollection(services, command.collection).id;
  const changes = watchFolderChanges(command.root);
  process.stderr.write(`Watching ${command.root} every ${command.intervalSeconds}s (Ctrl-C to stop).\n`);
  try {
    while (!signal.aborted) {
      try {
        const scan = await scanWatchedFolder(services, {
          root: command.root,
          collectionId,
          settleMs: SETTLE_MS,
        });
        if (scan.added.length + scan.changed.length + scan.removed.length > 0) {
          process.stdout.write(`${new Date().toISOString()} ${describeScan(scan)}\n`);
        }
      } catch (error) {
        // A folder briefly missing (a remount) must not end the watch; the next scan retries.
        process.stderr.write(`${new Date().toISOString()} scan failed: ${describeError(error)}\n`);
      }
      await changes.next(command.intervalSeconds * 1000, signal);
    }
  } finally {
    changes.close();
  }
  return 0;
}

function describeError(error: unknown): string {
  if (isAppError(error)) return error.userMessage;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `quire watch`: keeps a folder and the library in step. New and changed files are imported
 * (a changed file becomes a new version through its source key), deleted files have their
 * document deleted; what was seen is kept in SQLite so restarts resume rather than re-import.
 */
export async function runWatchCommand(services: Services, command: WatchCommand, signal: AbortSignal) {
  const worker = await chooseWorker(services, command.runWorker);
  try {
    return command.once
      ? await watchOnce(services, command, worker, signal)
      : await watchForever(services, command, signal);
  } finally {
    await worker?.stop();
  }
}
