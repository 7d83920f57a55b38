import { type ReadScope, scopedVectorFilter } from "@/lib/access/read-scope";
import type { SearchHit } from "@/lib/domain/types";
import type { VectorStore } from "@/lib/vector";
import { type GateFeatures, gateFeatures } from "./assess-relevance";
import { countTermMatches } from "./count-term-matches";
import { contentTerms } from "./query-terms";

/**
 * The gate's inputs for hits retrieved under `scope`. Keyword hits (no similarity) are
 * judged by rarity-weighted coverage, so the question's terms are counted in the index,
 * over the chunks the scope may read only: the gate then never reveals anything about
 * documents the caller cannot see. Hybrid hits need no counts (similarity decides).
 */
export async function gatherGateFeatures(
  store: Pick<VectorStore, "countChunks" | "countKeywordMatches">,
  scope: ReadScope,
  query: string,
  hits: readonly SearchHit[],
): Promise<GateFeatures> {
  const keywordOnly = hits.length > 0 && hits.every((hit) => hit.similarity === undefined);
  if (!keywordOnly || contentTerms(query).length === 0) return gateFeatures(query, hits);
  const counts = await countTermMatches(store, query, scopedVectorFilter(scope, undefined));
  return gateFeatures(query, hits, counts);
}
