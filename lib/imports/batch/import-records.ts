import { documentOutcomes } from "@/db/queries/imports";
import type { Services } from "@/lib/runtime/services";
import type { EntryOutcome } from "./entry-outcome";

/** One line of `quire import --json`: what became of one file found. */
export interface ImportRecord {
  path: string;
  documentId: string | null;
  status: "ready" | "failed" | "skipped";
  error: string | null;
}

/** Joins what storing found with each document's final state. Call once the batch has finished. */
export function importRecords(services: Pick<Services, "db">, outcomes: EntryOutcome[]): ImportRecord[] {
  const stored = outcomes.flatMap((outcome) => (outcome.kind === "stored" ? [outcome.documentId] : []));
  const byId = new Map(documentOutcomes(services.db, stored).map((row) => [row.id, row]));
  return outcomes.map((outcome): ImportRecord => {
    if (outcome.kind === "skipped") {
      return { path: outcome.path, documentId: outcome.documentId, status: "skipped", error: outcome.reason };
    }
    const row = byId.get(outcome.documentId);
    if (!row) {
      return {
        path: outcome.path,
        documentId: outcome.documentId,
        status: "failed",
        error: "The document was deleted during the import.",
      };
    }
    if (row.status === "ready")
      return { path: outcome.path, documentId: row.id, status: "ready", error: null };
    const error =
      row.status === "failed" ? (row.error ?? "Processing failed.") : "Processing did not finish.";
    return { path: outcome.path, documentId: row.id, status: "failed", error };
  });
}

export interface ImportSummary {
  files: number;
  ready: number;
  failed: number;
  skipped: number;
}

export function summarizeRecords(records: ImportRecord[]): ImportSummary {
  const count = (status: ImportRecord["status"]) =>
    records.filter((record) => record.status === status).length;
  return { files: records.length, ready: count("ready"), failed: count("failed"), skipped: count("skipped") };
}

/** The last line `quire import` prints; scripts match on it, so its wording is fixed. */
export function formatImportSummary(summary: ImportSummary): string {
  return `imported ${summary.files} files: ${summary.ready} ready, ${summary.failed} failed, ${summary.skipped} skipped`;
}
