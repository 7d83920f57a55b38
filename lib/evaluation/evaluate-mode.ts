import type { RetrieveDeps } from "@/lib/retrieval/retrieve";
import { rankCorpusIds } from "./rank-corpus-ids";
import { meanMetrics, scoreRanking } from "./ranking-metrics";
import { retrieveForMode } from "./retrieve-for-mode";
import type { BeirDataset, EvaluationMode, EvaluationProgress, MetricSet } from "./types";

/** A few queries in flight keep LanceDB's native threads busy while JavaScript scores results. */
const CONCURRENT_QUERIES = 4;
const PROGRESS_EVERY = 50;

/** Runs every judged query in one mode and averages the per-query metrics. */
export async function evaluateMode(
  deps: RetrieveDeps,
  mode: EvaluationMode,
  dataset: Pick<BeirDataset, "queries" | "judgments">,
  corpusIdsByDocument: ReadonlyMap<string, readonly string[]>,
  onProgress: (progress: EvaluationProgress) => void,
): Promise<MetricSet> {
  const { queries, judgments } = dataset;
  const perQuery: MetricSet[] = new Array(queries.length);
  let next = 0;
  let done = 0;
  const work = async () => {
    for (let index = next++; index < queries.length; index = next++) {
      const query = queries[index];
      if (!query) continue;
      const hits = await retrieveForMode(deps, mode, query.text);
      perQuery[index] = scoreRanking(
        rankCorpusIds(hits, corpusIdsByDocument),
        judgments.get(query.id) ?? new Map(),
      );
      done++;
      if (done % PROGRESS_EVERY === 0 || done === queries.length) {
        onProgress({ phase: "query", mode, done, total: queries.length });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_QUERIES, queries.length) }, work));
  return meanMetrics(perQuery);
}
