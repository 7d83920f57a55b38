import { addToImportBatch } from "@/db/queries/imports";
import type { Services } from "@/lib/runtime/services";
import type { ImportEntry } from "../entries/import-entry";
import type { EntryOutcome } from "./entry-outcome";
import { type StoreTarget, storeImportEntry } from "./store-import-entry";

/**
 * Stores entries one after another (a small server is not flooded, and duplicates inside one
 * import resolve in order). Skips are counted on the batch as they happen so its progress
 * stays truthful while the import is still running.
 */
export async function storeImportEntries(
  services: Pick<Services, "db" | "config">,
  entries: ImportEntry[],
  target: StoreTarget,
  options: { onStored?: (done: number, outcome: EntryOutcome) => void; signal?: AbortSignal } = {},
): Promise<EntryOutcome[]> {
  const outcomes: EntryOutcome[] = [];
  for (const entry of entries) {
    if (options.signal?.aborted) break;
    const outcome = await storeImportEntry(services, entry, target);
    if (outcome.kind === "skipped") addToImportBatch(services.db, target.batchId, { skipped: 1 });
    outcomes.push(outcome);
    options.onStored?.(outcomes.length, outcome);
  }
  return outcomes;
}
