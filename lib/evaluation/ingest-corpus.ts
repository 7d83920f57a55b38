import { countDocumentsByStatus } from "@/db/queries/documents";
import { uploadDocument } from "@/lib/documents/upload-document";
import type { Services } from "@/lib/runtime/services";
import { corpusDocumentUpload } from "./corpus-upload";
import type { CorpusDocument, EvaluationProgress } from "./types";

/** Drains the ingest queue; `embed: false` says no vectors are needed (keyword-only runs). */
export type WaitForIngest = (options: { embed: boolean }) => Promise<void>;

export interface IngestedCorpus {
  corpusIdsByDocument: Map<string, string[]>;
  /** Stored documents that reached "ready". */
  ready: number;
  /** Problems worth telling the user: skipped, failed or unfinished documents. */
  warnings: string[];
}

const PROGRESS_POLL_MS = 1_000;

async function uploadCorpus(
  services: Pick<Services, "db" | "config">,
  corpus: readonly CorpusDocument[],
  onProgress: (progress: EvaluationProgress) => void,
): Promise<{ corpusIdsByDocument: Map<string, string[]>; empty: number }> {
  const corpusIdsByDocument = new Map<string, string[]>();
  let empty = 0;
  for (const [index, doc] of corpus.entries()) {
    const upload = corpusDocumentUpload(doc);
    if (upload) {
      const stored = await uploadDocument(services, upload);
      corpusIdsByDocument.set(stored.id, [...(corpusIdsByDocument.get(stored.id) ?? []), doc.id]);
    } else {
      empty++;
    }
    if ((index + 1) % 250 === 0 || index + 1 === corpus.length) {
      onProgress({ phase: "upload", done: index + 1, total: corpus.length });
    }
  }
  return { corpusIdsByDocument, empty };
}

/**
 * Uploads every corpus document through the normal upload path, then lets the real
 * ingest worker (injected: lib/ cannot depend on ingest/) process the queue, polling
 * SQLite meanwhile to report progress.
 */
export async function ingestCorpus(
  services: Pick<Services, "db" | "config">,
  corpus: readonly CorpusDocument[],
  options: {
    waitForIngest: WaitForIngest;
    embed: boolean;
    onProgress: (progress: EvaluationProgress) => void;
  },
): Promise<IngestedCorpus> {
  const { corpusIdsByDocument, empty } = await uploadCorpus(services, corpus, options.onProgress);
  const total = corpusIdsByDocument.size;
  const report = () => {
    const counts = countDocumentsByStatus(services.db, null);
    options.onProgress({ phase: "ingest", done: (counts.ready ?? 0) + (counts.failed ?? 0), total });
    return counts;
  };
  const timer = setInterval(report, PROGRESS_POLL_MS);
  try {
    await options.waitForIngest({ embed: options.embed });
  } finally {
    clearInterval(timer);
  }
  const counts = report();

  const warnings: string[] = [];
  if (empty > 0) warnings.push(`${empty} corpus document(s) have neither title nor text and were skipped.`);
  const duplicates = corpus.length - empty - total;
  if (duplicates > 0) warnings.push(`${duplicates} corpus document(s) duplicate another one's content.`);
  if (counts.failed) warnings.push(`${counts.failed} document(s) failed to ingest.`);
  const unfinished = (counts.queued ?? 0) + (counts.processing ?? 0);
  if (unfinished > 0) warnings.push(`${unfinished} document(s) were still waiting when the worker stopped.`);
  return { corpusIdsByDocument, ready: counts.ready ?? 0, warnings };
}
