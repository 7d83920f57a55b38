import type { SearchHit } from "@/lib/domain/types";
import { collapseNearDuplicates } from "./collapse-duplicates";
import { diversifyMmr, MMR_DEPTH, MMR_POOL } from "./diversify-mmr";
import { RERANK_CANDIDATES, type Rerank } from "./rerank-listwise";
import type { RetrievalStages } from "./retrieval-stages";

/** The stages to run: the ranking stages and the rerank model (null when off). */
export interface StagePlan {
  stages: RetrievalStages;
  rerank: Rerank | null;
}

/** Spares beyond k for stages that drop chunks (duplicates) or lift one from just below the cut (titles). */
const SPARE_CHUNKS = 10;

/**
 * How many chunks the stages need to choose k from: rerank and MMR reorder a deeper pool,
 * duplicate collapse and the title boost only need a few spares.
 */
export function poolSize({ stages, rerank }: StagePlan, k: number): number {
  return Math.max(
    k,
    rerank ? RERANK_CANDIDATES : 0,
    stages.mmrLambda < 1 ? MMR_POOL : 0,
    stages.collapseDuplicates || stages.titleBoost > 0 ? k + SPARE_CHUNKS : 0,
  );
}

/** Moves the reranked candidates into the model's order; positions keep their scores, so the list stays sorted. */
function applyOrder(hits: SearchHit[], order: readonly number[]): SearchHit[] {
  const head = hits.slice(0, order.length);
  const reordered = order.flatMap((index, position) => {
    const hit = head[index];
    const score = head[position]?.score;
    return hit && score !== undefined ? [{ ...hit, score }] : [];
  });
  return [...reordered, ...hits.slice(order.length)];
}

/** Duplicate collapse, rerank and MMR, in that order, then the cut to k. */
export async function applyStages(
  { stages, rerank: rerankWith }: StagePlan,
  request: { query: string; signal?: AbortSignal },
  fused: SearchHit[],
  k: number,
): Promise<{ hits: SearchHit[]; rerank?: string }> {
  let hits = stages.collapseDuplicates ? collapseNearDuplicates(fused) : fused;
  let rerank: string | undefined;
  if (rerankWith) {
    const outcome = await rerankWith(request.query, hits.slice(0, RERANK_CANDIDATES), request.signal);
    if ("order" in outcome) {
      hits = applyOrder(hits, outcome.order);
      rerank = "applied";
    } else {
      rerank = `skipped: ${outcome.skipped}`;
    }
  }
  if (stages.mmrLambda < 1) hits = diversifyMmr(hits, stages.mmrLambda, Math.min(k, MMR_DEPTH));
  const result = hits.slice(0, k);
  return rerank === undefined ? { hits: result } : { hits: result, rerank };
}
