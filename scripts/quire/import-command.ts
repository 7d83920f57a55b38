import fs from "node:fs/promises";
import path from "node:path";
import { addToImportBatch } from "@/db/queries/imports";
import { ensureCollection } from "@/lib/access/collections/ensure-collection";
import { allCollections } from "@/lib/access/read-scope";
import { CLI_ACTOR } from "@/lib/audit/audit-event";
import { createImportBatch } from "@/lib/imports/batch/create-import-batch";
import type { EntryOutcome } from "@/lib/imports/batch/entry-outcome";
import { getImportBatchView } from "@/lib/imports/batch/import-batch-view";
import { formatImportSummary, importRecords, summarizeRecords } from "@/lib/imports/batch/import-records";
import { storeImportEntries } from "@/lib/imports/batch/store-import-entries";
import type { ImportEntry } from "@/lib/imports/entries/import-entry";
import { readZipEntries } from "@/lib/imports/entries/read-zip-entries";
import { walkFolder } from "@/lib/imports/entries/walk-folder";
import { zipLimitsFor } from "@/lib/imports/entries/zip-limits";
import { formatProgressLine } from "@/lib/imports/progress/format-progress-line";
import type { Services } from "@/lib/runtime/services";
import { chooseWorker } from "./choose-worker";
import type { InProcessWorker } from "./in-process-worker";
import { collectionFlag, onePositional, parseCommandArgs } from "./parse-command-args";
import { createProgressReporter } from "./progress-reporter";
import { type ImportSource, resolveImportSource } from "./resolve-import-source";
import { UsageError } from "./usage-error";
import { waitForBatch } from "./wait-for-batch";

export interface ImportCommand {
  source: ImportSource;
  /** Name or id; created when missing (the operator's tool may do what an admin may). */
  collection: string;
  jsonFile: string | null;
  runWorker: boolean;
}

/** Checked before the import starts: finding out after an hour of work that the report cannot be written is too late. */
async function jsonTarget(given: string): Promise<string> {
  const file = path.resolve(given);
  const folder = await fs.stat(path.dirname(file)).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`import: the folder for --json ${given} does not exist.`);
  return file;
}

/** Validates `import` arguments before anything is opened, so usage errors cost nothing. */
export async function parseImportCommand(argv: string[], dataDir: string): Promise<ImportCommand> {
  const { values, positionals } = parseCommandArgs("import", argv, {
    collection: { type: "string" },
    json: { type: "string" },
    "no-worker": { type: "boolean" },
  });
  const given = onePositional("import", positionals, "folder or .zip to import");
  return {
    source: await resolveImportSource("import", given, dataDir, true),
    collection: collectionFlag("import", values.collection),
    jsonFile: values.json ? await jsonTarget(values.json) : null,
    runWorker: values["no-worker"] !== true,
  };
}

async function entriesOf(source: ImportSource, services: Services): Promise<ImportEntry[]> {
  if (source.kind === "folder") return walkFolder(source.root);
  return readZipEntries(
    new Uint8Array(await fs.readFile(source.file)),
    zipLimitsFor(services.config.maxUploadBytes),
  );
}

/**
 * `quire import`: stores every file of a folder or zip as one batch, processes the batch with
 * the real ingest worker, and ends with the one summary line scripts read. Exit code 0 means
 * the import ran to the end, whatever became of individual files.
 */
export async function runImportCommand(
  services: Services,
  command: ImportCommand,
  signal: AbortSignal,
): Promise<number> {
  const entries = await entriesOf(command.source, services);
  const batch = createImportBatch(services, {
    label: command.source.label,
    origin: "cli",
    total: entries.length,
    actor: CLI_ACTOR,
  });
  const target = { collectionId: ensureCollection(services, command.collection).id, batchId: batch.id };
  const worker: InProcessWorker | null = await chooseWorker(services, command.runWorker);
  const reporter = createProgressReporter();
  const show = (stored: number) =>
    reporter.update(formatProgressLine(getImportBatchView(services, allCollections(), batch.id), stored));
  let finished = false;
  let outcomes: EntryOutcome[] = [];
  try {
    outcomes = await storeImportEntries(services, entries, target, { signal, onStored: show });
    // Stopped while storing: the batch only ever gets what was stored, so let it finish with that.
    const unstored = entries.length - outcomes.length;
    if (unstored > 0) addToImportBatch(services.db, batch.id, { total: -unstored });
    const view = await waitForBatch(services, batch.id, {
      worker,
      signal,
      onProgress: (next) => reporter.update(formatProgressLine(next, outcomes.length)),
    });
    finished = view !== null;
  } finally {
    // The worker stops before anything is printed, so none of its log lines follow the summary.
    await worker?.stop();
    reporter.finish();
  }
  if (!finished) {
    process.stderr.write("Interrupted. Stored files stay queued; a running Quire worker finishes them.\n");
    return 130;
  }
  const records = importRecords(services, outcomes);
  if (command.jsonFile) await fs.writeFile(command.jsonFile, `${JSON.stringify(records, null, 2)}\n`);
  process.stdout.write(`${formatImportSummary(summarizeRecords(records))}\n`);
  return 0;
}
