import type { DocumentStatus } from "@/lib/domain/types";
import type { EntryOutcome } from "../batch/entry-outcome";

/** One file of an import as the API reports it right after storing. */
export interface ImportedFileView {
  path: string;
  /** The new document, or for a duplicate the library's existing copy; null when nothing was stored. */
  id: string | null;
  title: string | null;
  status: DocumentStatus | "skipped";
  error: string | null;
}

export function presentOutcome(outcome: EntryOutcome): ImportedFileView {
  if (outcome.kind === "skipped") {
    return {
      path: outcome.path,
      id: outcome.documentId,
      title: null,
      status: "skipped",
      error: outcome.reason,
    };
  }
  return {
    path: outcome.path,
    id: outcome.documentId,
    title: outcome.title,
    status: outcome.status,
    error: null,
  };
}
