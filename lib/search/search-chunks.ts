import { listNotYetEffectiveIds } from "@/db/queries/document-versions";
import type { ReadScope } from "@/lib/access/read-scope";
import { todayIso } from "@/lib/documents/today-iso";
import { readEmbeddingState } from "@/lib/embeddings/embedding-state";
import { retrieve } from "@/lib/retrieval/retrieve";
import type { Services } from "@/lib/runtime/services";
import type { VectorFilter } from "@/lib/vector";

/** A query embedding is a single short call; past this the search answers with keywords instead of waiting. */
const QUERY_EMBED_TIMEOUT_MS = 8_000;

/**
 * Hybrid search over the chunks the scope may read: the collection allow-list is a LanceDB
 * prefilter, so keyword, vector and expansion candidates all come from readable chunks only.
 */
export async function searchChunks(
  services: Pick<Services, "db" | "store" | "llm" | "config">,
  scope: ReadScope,
  request: { query: string; k: number; filter?: VectorFilter; signal?: AbortSignal },
) {
  const { db, store, llm, config } = services;
  const state = readEmbeddingState(db, config.embedModel);
  // Vectors from a different model live in another space: comparing them would return noise.
  const embedQuery = state.reembedNeeded
    ? null
    : async (query: string, signal?: AbortSignal) => {
        const timeout = AbortSignal.timeout(QUERY_EMBED_TIMEOUT_MS);
        const [vector] = await llm.embed(
          [query],
          "query",
          signal ? AbortSignal.any([signal, timeout]) : timeout,
        );
        if (!vector) throw new Error("The embedding model returned no vector for the query");
        return vector;
      };
  // Versions whose effective date is still ahead are indexed but must not answer yet.
  const notYetEffective = listNotYetEffectiveIds(db, todayIso());
  const filter: VectorFilter | undefined =
    notYetEffective.length === 0
      ? request.filter
      : {
          ...request.filter,
          excludeDocumentIds: [...(request.filter?.excludeDocumentIds ?? []), ...notYetEffective],
        };
  const result = await retrieve({ store, embedQuery }, { ...request, scope, filter });
  if (state.reembedNeeded && !result.vectorError) {
    return {
      ...result,
      vectorError: `The index was embedded with ${state.indexedModel}; re-embed with ${config.embedModel} to enable semantic search.`,
    };
  }
  return result;
}
