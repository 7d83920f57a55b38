import { listNeighbourChunkTexts } from "@/db/queries/chunks";
import { listNotYetEffectiveIds } from "@/db/queries/document-versions";
import { getDocument } from "@/db/queries/documents";
import type { ReadScope } from "@/lib/access/read-scope";
import { todayIso } from "@/lib/documents/today-iso";
import type { SearchHit } from "@/lib/domain/types";
import { readEmbeddingState } from "@/lib/embeddings/embedding-state";
import { getSensitivePolicy } from "@/lib/pii/policy-store";
import { attachNeighbourContext, type ContextualHit } from "@/lib/retrieval/neighbour-context";
import { createListwiseReranker } from "@/lib/retrieval/rerank-listwise";
import { type RetrieveResult, retrieve } from "@/lib/retrieval/retrieve";
import type { Services } from "@/lib/runtime/services";
import type { VectorFilter } from "@/lib/vector";

/** A query embedding is a single short call; past this the search answers with keywords instead of waiting. */
const QUERY_EMBED_TIMEOUT_MS = 8_000;

type SearchServices = Pick<Services, "db" | "store" | "llm" | "config">;

/**
 * The passage around each hit for the answer prompt. Not for documents whose collection is
 * masked for the model: that masking covers the hit's own text only, so their neighbours
 * must not reach the prompt.
 */
function withNeighbours(services: SearchServices, hits: SearchHit[]): ContextualHit[] {
  const radius = services.config.neighbourChunks;
  if (radius === 0 || hits.length === 0) return hits;
  const maskedDocuments = new Set<string>();
  for (const documentId of new Set(hits.map((hit) => hit.documentId))) {
    const collectionId = getDocument(services.db, documentId)?.collectionId;
    if (collectionId === undefined) continue;
    if (getSensitivePolicy(services, collectionId).action === "mask_for_model")
      maskedDocuments.add(documentId);
  }
  const expandable = hits.filter((hit) => !maskedDocuments.has(hit.documentId)).map((hit) => hit.chunkId);
  return attachNeighbourContext(hits, listNeighbourChunkTexts(services.db, expandable, radius));
}

/**
 * Hybrid search over the chunks the scope may read: the collection allow-list is a LanceDB
 * prefilter, so keyword, vector and expansion candidates all come from readable chunks only.
 */
export async function searchChunks(
  services: SearchServices,
  scope: ReadScope,
  request: { query: string; k: number; filter?: VectorFilter; signal?: AbortSignal },
): Promise<RetrieveResult & { hits: ContextualHit[] }> {
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
  const rerank =
    config.rerankModel === null
      ? null
      : createListwiseReranker(llm, config.rerankModel, { timeoutMs: config.rerankTimeoutMs });
  const retrieved = await retrieve(
    { store, embedQuery, stages: config.retrievalStages, rerank },
    { ...request, scope, filter },
  );
  const result = { ...retrieved, hits: withNeighbours(services, retrieved.hits) };
  if (state.reembedNeeded && !result.vectorError) {
    return {
      ...result,
      vectorError: `The index was embedded with ${state.indexedModel}; re-embed with ${config.embedModel} to enable semantic search.`,
    };
  }
  return result;
}
