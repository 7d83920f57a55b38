import { allCollections } from "@/lib/access/read-scope";
import type { SearchHit } from "@/lib/domain/types";
import { type RetrieveDeps, retrieve, retrieveByVector } from "@/lib/retrieval/retrieve";
import { modeUnavailableError } from "./evaluation-error";
import type { EvaluationMode } from "./types";

/** Enough chunks that documents split into several chunks still fill the top 100 for Recall@100. */
export const CHUNKS_PER_QUERY = 200;

/**
 * One query through production retrieval in the given mode. A hybrid search that
 * quietly fell back to keywords would report keyword figures as hybrid ones, so any
 * vector failure stops the evaluation instead.
 */
export async function retrieveForMode(
  deps: RetrieveDeps,
  mode: EvaluationMode,
  query: string,
): Promise<SearchHit[]> {
  // The evaluation is an operator tool (CLI only): it measures retrieval over the whole index.
  const request = { query, k: CHUNKS_PER_QUERY, scope: allCollections() };
  switch (mode) {
    case "keyword":
      return (await retrieve(deps, { ...request, mode: "keyword" })).hits;
    case "hybrid": {
      const result = await retrieve(deps, request);
      if (result.vectorError) throw modeUnavailableError(`Hybrid retrieval failed: ${result.vectorError}`);
      return result.hits;
    }
    case "vector": {
      const result = await retrieveByVector(deps, request);
      if (result.vectorError) throw modeUnavailableError(`Vector retrieval failed: ${result.vectorError}`);
      return result.hits;
    }
  }
}
