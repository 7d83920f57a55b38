import { allCollections } from "@/lib/access/read-scope";
import { deleteDocument } from "@/lib/documents/delete-document";
import type { RelevanceThresholds } from "@/lib/retrieval/assess-relevance";
import { gatherGateFeatures } from "@/lib/retrieval/gather-gate-features";
import { type RetrieveDeps, retrieve } from "@/lib/retrieval/retrieve";
import type { Services } from "@/lib/runtime/services";
import { abstentionFigures, type GateCase } from "./abstention-figures";
import { calibrateGate } from "./calibrate-gate";
import { modeUnavailableError } from "./evaluation-error";
import { documentsToRemove, holdOutQueries } from "./hold-out-queries";
import { mapQueries } from "./map-queries";
import type { AbstentionReport, BeirDataset, EvaluationProgress } from "./types";

export interface AbstentionOptions {
  share: number;
  seed: number;
  calibrate: boolean;
  /** "hybrid" too when the model host serves embeddings. */
  modes: ReadonlyArray<"keyword" | "hybrid">;
}

function gateCases(
  deps: RetrieveDeps,
  mode: "keyword" | "hybrid",
  k: number,
  queries: ReadonlyArray<{ id: string; text: string; answerable: boolean }>,
  onProgress: (progress: EvaluationProgress) => void,
): Promise<GateCase[]> {
  const scope = allCollections();
  return mapQueries(
    queries,
    async (query): Promise<GateCase> => {
      const result = await retrieve(deps, { query: query.text, k, scope, mode });
      if (mode === "hybrid" && result.vectorError) {
        throw modeUnavailableError(`Hybrid retrieval failed: ${result.vectorError}`);
      }
      return {
        queryId: query.id,
        answerable: query.answerable,
        features: await gatherGateFeatures(deps.store, scope, query.text, result.hits),
      };
    },
    (done, total) => onProgress({ phase: "gate", mode, done, total }),
  );
}

/**
 * The relevance gate on questions whose answerability is known: a seeded share of the
 * split's queries is made unanswerable by deleting their relevant documents from the index
 * (after the ranking figures, which need them), then every query goes through production
 * retrieval (the configured stages, `answerSources` hits) and the production gate.
 * Deletes documents: run it last, on a throw-away data directory.
 */
export async function measureAbstention(
  services: Pick<Services, "db" | "store" | "config">,
  deps: RetrieveDeps,
  dataset: Pick<BeirDataset, "queries" | "judgments">,
  corpusIdsByDocument: ReadonlyMap<string, readonly string[]>,
  options: AbstentionOptions,
  onProgress: (progress: EvaluationProgress) => void,
): Promise<AbstentionReport> {
  const holdOut = holdOutQueries(
    dataset.queries.map((query) => query.id),
    dataset.judgments,
    options,
  );
  const removed = documentsToRemove(corpusIdsByDocument, holdOut.removedCorpusIds);
  for (const documentId of removed) await deleteDocument(services, documentId);
  await services.store.optimize();

  const unanswerable = new Set(holdOut.unanswerable);
  const counted = new Set([...holdOut.answerable, ...holdOut.unanswerable]);
  const queries = dataset.queries
    .filter((query) => counted.has(query.id))
    .map((query) => ({ ...query, answerable: !unanswerable.has(query.id) }));
  const thresholds: Required<RelevanceThresholds> = {
    minSimilarity: services.config.minSimilarity,
    minKeywordCoverage: services.config.minKeywordCoverage,
  };
  const figures: AbstentionReport["figures"] = {};
  const allCases: GateCase[] = [];
  for (const mode of options.modes) {
    const cases = await gateCases(deps, mode, services.config.answerSources, queries, onProgress);
    figures[mode] = abstentionFigures(cases, thresholds);
    allCases.push(...cases);
  }
  return {
    holdOut: { share: options.share, seed: options.seed },
    dropped: holdOut.dropped.length,
    removedDocuments: removed.length,
    thresholds,
    figures,
    ...(options.calibrate ? { calibration: calibrateGate(allCases, thresholds) } : {}),
  };
}
