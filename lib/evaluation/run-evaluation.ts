import { countDocumentsByStatus } from "@/db/queries/documents";
import type { RetrieveDeps } from "@/lib/retrieval/retrieve";
import type { Services } from "@/lib/runtime/services";
import { evaluateMode } from "./evaluate-mode";
import { dataDirectoryInUseError, modeUnavailableError } from "./evaluation-error";
import { ingestCorpus, type WaitForIngest } from "./ingest-corpus";
import { loadBeirDataset } from "./load-beir-dataset";
import { needsEmbeddings, planModes } from "./plan-modes";
import type { EvaluationMode, EvaluationProgress, EvaluationReport } from "./types";

export interface EvaluationDeps {
  /** Must point at an empty, throw-away data directory: the whole corpus is ingested into it. */
  services: Pick<Services, "db" | "store" | "llm" | "config">;
  waitForIngest: WaitForIngest;
}

export interface EvaluationOptions {
  datasetDir: string;
  /** Defaults to test, else dev, else the first qrels file. */
  split?: string;
  /** "all" skips (and reports) modes the model host cannot serve; named modes must all run. */
  modes: readonly EvaluationMode[] | "all";
  onProgress?: (progress: EvaluationProgress) => void;
}

function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

/**
 * Measures retrieval quality on a BEIR dataset end to end: the corpus goes through
 * upload and the real ingest pipeline, every judged query through production
 * retrieval, and the ranked documents are scored against the relevance judgments.
 */
export async function runEvaluation(
  deps: EvaluationDeps,
  options: EvaluationOptions,
): Promise<EvaluationReport> {
  const { services } = deps;
  const onProgress = options.onProgress ?? (() => {});
  const existing = Object.values(countDocumentsByStatus(services.db, null)).reduce((sum, n) => sum + n, 0);
  if (existing > 0) {
    throw dataDirectoryInUseError(services.config.dataDir, existing);
  }
  const dataset = await loadBeirDataset(options.datasetDir, options.split);
  const plan = await planModes(services.llm, options.modes);
  const embed = plan.run.some(needsEmbeddings);

  const ingestStart = performance.now();
  const ingested = await ingestCorpus(services, dataset.corpus, {
    waitForIngest: deps.waitForIngest,
    embed,
    onProgress,
  });
  const ingestSeconds = secondsSince(ingestStart);

  const skipped = { ...plan.skipped };
  let modes = plan.run;
  const missingVectors = embed ? await services.store.countMissingVectors() : 0;
  if (missingVectors > 0) {
    const reason = `${missingVectors} chunk(s) have no embedding after ingestion (the model host failed while embedding)`;
    if (options.modes !== "all") throw modeUnavailableError(`Cannot evaluate vector retrieval: ${reason}.`);
    for (const mode of modes.filter(needsEmbeddings)) skipped[mode] = reason;
    modes = modes.filter((mode) => !needsEmbeddings(mode));
  }

  const retrieveDeps: RetrieveDeps = {
    store: services.store,
    embedQuery: async (query, signal) => {
      const [vector] = await services.llm.embed([query], "query", signal);
      if (!vector) throw new Error("The embedding model returned no vector for the query");
      return vector;
    },
  };
  const results: EvaluationReport["results"] = {};
  const querySeconds: EvaluationReport["seconds"]["queries"] = {};
  for (const mode of modes) {
    const start = performance.now();
    results[mode] = await evaluateMode(retrieveDeps, mode, dataset, ingested.corpusIdsByDocument, onProgress);
    querySeconds[mode] = secondsSince(start);
  }
  return {
    dataset: dataset.name,
    split: dataset.split,
    queries: dataset.queries.length,
    documents: ingested.ready,
    results,
    skipped,
    warnings: ingested.warnings,
    seconds: { ingest: ingestSeconds, queries: querySeconds },
  };
}
