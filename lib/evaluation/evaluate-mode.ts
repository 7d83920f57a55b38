import type { RetrieveDeps } from "@/lib/retrieval/retrieve";
import { mapQueries } from "./map-queries";
import { rankCorpusIds } from "./rank-corpus-ids";
import { meanMetrics, scoreRanking } from "./ranking-metrics";
import { retrieveForMode } from "./retrieve-for-mode";
import type { BeirDataset, EvaluationMode, EvaluationProgress, MetricSet } from "./types";

/** Runs every judged query in one mode and averages the per-query metrics. */
export async function evaluateMode(
  deps: RetrieveDeps,
  mode: EvaluationMode,
  dataset: Pick<BeirDataset, "queries" | "judgments">,
  corpusIdsByDocument: ReadonlyMap<string, readonly string[]>,
  onProgress: (progress: EvaluationProgress) => void,
): Promise<MetricSet> {
  const { queries, judgments } = dataset;
  const perQuery = await mapQueries(
    queries,
    async (query) => {
      const hits = await retrieveForMode(deps, mode, query.text);
      return scoreRanking(rankCorpusIds(hits, corpusIdsByDocument), judgments.get(query.id) ?? new Map());
    },
    (done, total) => onProgress({ phase: "query", mode, done, total }),
  );
  return meanMetrics(perQuery);
}
