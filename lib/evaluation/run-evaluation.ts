import { countDocumentsByStatus } from "@/db/queries/documents";
import type { Rerank } from "@/lib/retrieval/rerank-listwise";
import type { RetrieveDeps } from "@/lib/retrieval/retrieve";
import type { Services } from "@/lib/runtime/services";
import { evaluateMode } from "./evaluate-mode";
import { dataDirectoryInUseError, modeUnavailableError } from "./evaluation-error";
import { type IngestedCorpus, ingestCorpus, type WaitForIngest } from "./ingest-corpus";
import { ingestedFromManifest, manifestOf, readIngestManifest, writeIngestManifest } from "./ingest-manifest";
import { loadBeirDataset } from "./load-beir-dataset";
import { type AbstentionOptions, measureAbstention } from "./measure-abstention";
import { needsEmbeddings, planModes } from "./plan-modes";
import { rerankUnavailableReason } from "./plan-rerank";
import { runSettings } from "./run-settings";
import { settingVariants } from "./setting-variants";
import type { BeirDataset, EvaluationMode, EvaluationProgress, EvaluationReport } from "./types";

export interface EvaluationDeps {
  /** Must point at an empty, throw-away data directory: the whole corpus is ingested into it. */
  services: Pick<Services, "db" | "store" | "llm" | "config">;
  waitForIngest: WaitForIngest;
  /** The configured rerank model as a stage; absent or null when QUIRE_RERANK_MODEL is unset. */
  rerank?: Rerank | null;
  /** Called once a fresh ingest finished (and its manifest is written), e.g. to keep a copy for later runs. */
  onIngested?: () => Promise<void> | void;
}

export interface EvaluationOptions {
  datasetDir: string;
  /** Defaults to test, else dev, else the first qrels file. */
  split?: string;
  /** "all" skips (and reports) modes the model host cannot serve; named modes must all run. */
  modes: readonly EvaluationMode[] | "all";
  onProgress?: (progress: EvaluationProgress) => void;
  /** The data directory holds this dataset already ingested by an earlier run (`--data-dir`): use it as it is. */
  reuseIngested?: boolean;
  /** Measure every retrieval setting, not only the configured defaults. */
  settings?: boolean;
  /** Hold out queries and measure the relevance gate; deletes documents, so it runs last. */
  abstention?: Omit<AbstentionOptions, "modes"> | null;
}

function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

async function ingestOrReuse(
  deps: EvaluationDeps,
  options: EvaluationOptions,
  dataset: BeirDataset,
  embed: boolean,
  onProgress: (progress: EvaluationProgress) => void,
): Promise<{ ingested: IngestedCorpus; seconds: number; embedded: boolean; reused: boolean }> {
  const { services } = deps;
  const existing = Object.values(countDocumentsByStatus(services.db, null)).reduce((sum, n) => sum + n, 0);
  if (existing > 0) {
    const manifest = options.reuseIngested ? readIngestManifest(services.config.dataDir) : null;
    if (
      manifest === null ||
      manifest.dataset !== dataset.name ||
      manifest.corpusDocuments !== dataset.corpus.length
    ) {
      throw dataDirectoryInUseError(services.config.dataDir, existing);
    }
    return {
      ingested: ingestedFromManifest(manifest),
      seconds: manifest.ingestSeconds,
      embedded: manifest.embedded,
      reused: true,
    };
  }
  const start = performance.now();
  const ingested = await ingestCorpus(services, dataset.corpus, {
    waitForIngest: deps.waitForIngest,
    embed,
    onProgress,
  });
  const seconds = secondsSince(start);
  const embedded = embed && (await services.store.countMissingVectors()) === 0;
  writeIngestManifest(
    services.config.dataDir,
    manifestOf(dataset.name, dataset.corpus.length, embedded, seconds, ingested),
  );
  await deps.onIngested?.();
  return { ingested, seconds, embedded, reused: false };
}

/**
 * Measures retrieval quality on a BEIR dataset end to end: the corpus goes through
 * upload and the real ingest pipeline, every judged query through production
 * retrieval, and the ranked documents are scored against the relevance judgments.
 * The headline figures use the configured retrieval stages; `settings` adds the
 * before/after table, `abstention` the relevance gate's figures.
 */
export async function runEvaluation(
  deps: EvaluationDeps,
  options: EvaluationOptions,
): Promise<EvaluationReport> {
  const { services } = deps;
  const onProgress = options.onProgress ?? (() => {});
  const dataset = await loadBeirDataset(options.datasetDir, options.split);
  const plan = await planModes(services.llm, options.modes);
  const embed = plan.run.some(needsEmbeddings);
  const { ingested, seconds, embedded, reused } = await ingestOrReuse(
    deps,
    options,
    dataset,
    embed,
    onProgress,
  );

  const skipped = { ...plan.skipped };
  let modes = plan.run;
  if (embed && !embedded) {
    const missing = await services.store.countMissingVectors();
    const reason =
      missing > 0
        ? `${missing} chunk(s) have no embedding after ingestion (the model host failed while embedding)`
        : "the reused data directory was ingested without embeddings";
    if (options.modes !== "all") throw modeUnavailableError(`Cannot evaluate vector retrieval: ${reason}.`);
    for (const mode of modes.filter(needsEmbeddings)) skipped[mode] = reason;
    modes = modes.filter((mode) => !needsEmbeddings(mode));
  }

  const rerankReason = await rerankUnavailableReason(services.llm, services.config.rerankModel);
  const retrieveDeps: RetrieveDeps = {
    store: services.store,
    embedQuery: async (query, signal) => {
      const [vector] = await services.llm.embed([query], "query", signal);
      if (!vector) throw new Error("The embedding model returned no vector for the query");
      return vector;
    },
  };
  // Headline figures: retrieval as /api/ask runs it, with the configured stages.
  const productionDeps: RetrieveDeps = {
    ...retrieveDeps,
    stages: services.config.retrievalStages,
    rerank: rerankReason === null ? (deps.rerank ?? null) : null,
  };
  const results: EvaluationReport["results"] = {};
  const querySeconds: EvaluationReport["seconds"]["queries"] = {};
  for (const mode of modes) {
    const start = performance.now();
    const modeDeps = mode === "vector" ? retrieveDeps : productionDeps;
    results[mode] = await evaluateMode(modeDeps, mode, dataset, ingested.corpusIdsByDocument, onProgress);
    querySeconds[mode] = secondsSince(start);
  }

  const report: EvaluationReport = {
    dataset: dataset.name,
    split: dataset.split,
    queries: dataset.queries.length,
    documents: ingested.ready,
    results,
    skipped,
    warnings: ingested.warnings,
    seconds: { ingest: seconds, queries: querySeconds },
    ...(reused ? { reusedIngest: true } : {}),
  };
  if (options.settings) {
    const variants = settingVariants(services.config.retrievalStages, services.config.rerankModel !== null);
    report.settings = await runSettings(retrieveDeps, variants, {
      modes,
      dataset,
      corpusIdsByDocument: ingested.corpusIdsByDocument,
      rerank: deps.rerank ?? null,
      rerankUnavailable: rerankReason,
      onProgress,
      measured: {
        stages: services.config.retrievalStages,
        rerank: productionDeps.rerank !== null && productionDeps.rerank !== undefined,
        results,
      },
    });
  }
  if (options.abstention) {
    report.abstention = await measureAbstention(
      services,
      productionDeps,
      dataset,
      ingested.corpusIdsByDocument,
      { ...options.abstention, modes: modes.includes("hybrid") ? ["keyword", "hybrid"] : ["keyword"] },
      onProgress,
    );
  }
  return report;
}
