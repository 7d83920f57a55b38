import { type ReadScope, scopedVectorFilter } from "@/lib/access/read-scope";
import type { RetrievalMode, SearchHit } from "@/lib/domain/types";
import type { StoredHit, VectorFilter, VectorStore } from "@/lib/vector";
import { applyStages, poolSize, type StagePlan } from "./apply-stages";
import { fuseReciprocalRank } from "./fuse-reciprocal-rank";
import { rankTitleMatches } from "./rank-title-matches";
import type { Rerank } from "./rerank-listwise";
import { type RetrievalStages, STAGES_OFF } from "./retrieval-stages";
import { searchKeywords } from "./search-keywords";

export type EmbedQuery = (query: string, signal?: AbortSignal) => Promise<number[]>;

export interface RetrieveDeps {
  store: VectorStore;
  /** Null when semantic search is off (no model, or the index holds another model's vectors). */
  embedQuery: EmbedQuery | null;
  /** Ranking stages after fusion; absent means none (plain fusion). */
  stages?: RetrievalStages;
  /** Reorders the best candidates with the rerank model; absent or null means off. */
  rerank?: Rerank | null;
}

export interface RetrieveRequest {
  query: string;
  k: number;
  /** Required: which collections' chunks may be returned (a LanceDB prefilter on every list). */
  scope: ReadScope;
  filter?: VectorFilter;
  signal?: AbortSignal;
  /** "keyword" never embeds the query: BM25 alone, with no call to the model host. Default "hybrid". */
  mode?: "hybrid" | "keyword";
}

export interface RetrieveResult {
  mode: RetrievalMode;
  hits: SearchHit[];
  /** Why the search fell back to keywords; for logs and a user-facing notice. */
  vectorError?: string;
  /** "applied", or "skipped: <why>" when the rerank stage is on but kept the fused order; absent when off. */
  rerank?: string;
}

/** Each list contributes more candidates than asked for, so fusion can promote a chunk both lists rank moderately. */
function candidateCount(k: number): number {
  return Math.min(Math.max(k * 3, 20), 300);
}

const NO_EMBEDDING_MODEL = "No embedding model is available for queries.";

type VectorOutcome = { hits: StoredHit[] } | { error: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function searchByVector(
  deps: RetrieveDeps,
  request: RetrieveRequest,
  candidates: number,
): Promise<VectorOutcome> {
  if (!deps.embedQuery) return { error: NO_EMBEDDING_MODEL };
  // Refreshed by the keyword search that ran just before.
  const dimension = deps.store.dimension();
  if (dimension === null) return { error: "No document has been embedded yet." };

  let vector: number[];
  try {
    vector = await deps.embedQuery(request.query, request.signal);
  } catch (error) {
    // The caller gave up: stop rather than answer a request nobody is waiting for.
    if (request.signal?.aborted) throw error;
    return { error: `Embedding the query failed: ${describe(error)}` };
  }
  if (vector.length !== dimension) {
    return {
      error: `The query embedding has ${vector.length} dimensions but the index stores ${dimension}; re-embed the documents.`,
    };
  }
  try {
    return { hits: await deps.store.vectorSearch(vector, candidates, request.filter) };
  } catch (error) {
    return { error: `Vector search failed: ${describe(error)}` };
  }
}

function toSearchHit(stored: StoredHit, score: number, similarity?: number, keywordRank?: number): SearchHit {
  return {
    chunkId: stored.chunkId,
    documentId: stored.documentId,
    title: stored.title,
    text: stored.text,
    pageStart: stored.pageStart,
    pageEnd: stored.pageEnd,
    headingPath: stored.headingPath,
    ...(stored.pageLabel === undefined ? {} : { pageLabel: stored.pageLabel }),
    ocr: stored.ocr,
    score,
    ...(similarity === undefined ? {} : { similarity }),
    ...(keywordRank === undefined ? {} : { keywordRank }),
  };
}

function stagePlan(deps: RetrieveDeps): StagePlan {
  return { stages: deps.stages ?? STAGES_OFF, rerank: deps.rerank ?? null };
}

/**
 * Reciprocal rank fusion of the keyword and vector lists and, with a title boost, of the
 * candidates whose document title names query terms (at that weight). Not cut to k: the
 * stages after it may reorder and drop.
 */
function fuse(
  query: string,
  keywordHits: StoredHit[],
  vectorHits: StoredHit[],
  titleBoost: number,
): SearchHit[] {
  const byId = new Map<string, StoredHit>();
  for (const hit of [...vectorHits, ...keywordHits]) byId.set(hit.chunkId, hit);
  const similarityById = new Map(vectorHits.map((hit) => [hit.chunkId, hit.score]));
  const toIds = (hits: StoredHit[]) => hits.map((hit) => ({ id: hit.chunkId }));
  const lists = [toIds(keywordHits), toIds(vectorHits)];
  if (titleBoost > 0) {
    const candidates = [...byId.values()].map((hit) => ({ id: hit.chunkId, title: hit.title }));
    lists.push(rankTitleMatches(query, candidates));
  }

  return fuseReciprocalRank(lists, { weights: [1, 1, titleBoost] }).flatMap((item) => {
    const stored = byId.get(item.id);
    return stored ? [toSearchHit(stored, item.score, similarityById.get(item.id), item.ranks[0])] : [];
  });
}

async function keywordOnly(
  deps: RetrieveDeps,
  request: RetrieveRequest,
  k: number,
  vectorError?: string,
): Promise<RetrieveResult> {
  // Without vectors, query expansion is what finds chunks that word things differently.
  const hits = await searchKeywords(deps.store, request.query, poolSize(stagePlan(deps), k), request.filter, {
    expand: true,
  });
  const fused = fuse(request.query, hits, [], deps.stages?.titleBoost ?? 0);
  const result: RetrieveResult = {
    mode: "keyword",
    ...(await applyStages(stagePlan(deps), request, fused, k)),
  };
  return vectorError === undefined ? result : { ...result, vectorError };
}

/** Folds the read scope into the filter once, so every search below is prefiltered by it. */
function withScopedFilter<R extends Omit<RetrieveRequest, "mode">>(request: R): R {
  return { ...request, filter: scopedVectorFilter(request.scope, request.filter) };
}

/**
 * Hybrid retrieval: BM25 and cosine candidate lists fused by reciprocal rank. Keyword
 * search always runs, so documents stay findable while the model host is down, before
 * they are embedded, and after the embedding model changed; it then expands short
 * queries, which the hybrid search leaves to the embeddings (expansion triples the
 * cost of a keyword search).
 */
export async function retrieve(deps: RetrieveDeps, unscoped: RetrieveRequest): Promise<RetrieveResult> {
  unscoped.signal?.throwIfAborted();
  const request = withScopedFilter(unscoped);
  const k = Math.max(0, Math.floor(request.k));
  if (request.mode === "keyword") return keywordOnly(deps, request, k);
  if (!deps.embedQuery) return keywordOnly(deps, request, k, NO_EMBEDDING_MODEL);

  // Each list already brings several times k candidates; only a deeper pool than that asks for more.
  const candidates = Math.max(candidateCount(k), poolSize(stagePlan(deps), k));
  // Runs first: it is fast, and it refreshes the store's view of the vector column.
  const keywordHits = await searchKeywords(deps.store, request.query, candidates, request.filter, {
    expand: false,
  });
  const vector = await searchByVector(deps, request, candidates);
  if ("error" in vector) return keywordOnly(deps, request, k, vector.error);
  const fused = fuse(request.query, keywordHits, vector.hits, deps.stages?.titleBoost ?? 0);
  return {
    mode: "hybrid",
    ...(await applyStages(stagePlan(deps), request, fused, k)),
  };
}

/**
 * Cosine-ranked chunks alone, without keyword search or fusion: measures what the
 * embedding model contributes on its own. Never falls back; a failure is reported.
 * Relies on the store's cached dimension, which any store operation touching vectors
 * refreshes (a vector column added by another process since goes unseen until then).
 */
export async function retrieveByVector(
  deps: RetrieveDeps,
  unscoped: Omit<RetrieveRequest, "mode">,
): Promise<{ hits: SearchHit[]; vectorError?: string }> {
  unscoped.signal?.throwIfAborted();
  const request = withScopedFilter(unscoped);
  const k = Math.max(0, Math.floor(request.k));
  const vector = await searchByVector(deps, request, k);
  if ("error" in vector) return { hits: [], vectorError: vector.error };
  return { hits: vector.hits.map((hit) => toSearchHit(hit, hit.score, hit.score)) };
}
