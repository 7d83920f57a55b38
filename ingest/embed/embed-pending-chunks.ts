import type { Db } from "@/db/client";
import { listChunksNeedingEmbedding, markChunksEmbedded } from "@/db/queries/chunks";
import type { ChunkRow } from "@/db/schema";
import { readEmbeddingState, recordIndexedModel } from "@/lib/embeddings/embedding-state";
import type { LlmClient } from "@/lib/llm";
import type { VectorStore } from "@/lib/vector";

export interface EmbedDeps {
  db: Db;
  store: VectorStore;
  llm: LlmClient;
}

export interface EmbedOutcome {
  embedded: number;
  /** Set when embedding cannot proceed until an admin acts (model changed). */
  blocked?: string;
}

/** What the embedding model sees: the document and section give a short chunk its context. */
export function embeddingText(chunk: { title: string; headingPath: string[]; text: string }): string {
  const context = [chunk.title, ...chunk.headingPath].filter(Boolean).join(" > ");
  return context ? `${context}\n${chunk.text}` : chunk.text;
}

/**
 * Embeds up to `limit` chunks still lacking a vector from the configured model, in one
 * batched call sequence, and records them. Safe to repeat: work already done is skipped,
 * and a crash between the index write and the bookkeeping only repeats an idempotent update.
 */
export async function embedPendingChunks(
  deps: EmbedDeps,
  options: { limit: number; documentId?: string; signal?: AbortSignal },
): Promise<EmbedOutcome> {
  const blocked = embeddingBlockedReason(deps);
  if (blocked) return { embedded: 0, blocked };
  const pending = listChunksNeedingEmbedding(deps.db, deps.llm.embedModel, options.limit, options.documentId);
  return embedChunkBatch(deps, pending, options.signal);
}

/** Set when embedding cannot proceed until an admin acts: the index holds another model's vectors. */
export function embeddingBlockedReason(deps: Pick<EmbedDeps, "db" | "llm">): string | undefined {
  const state = readEmbeddingState(deps.db, deps.llm.embedModel);
  if (!state.reembedNeeded) return undefined;
  return `Index was built with ${state.indexedModel}; run "npm run quire -- reembed" to switch to ${deps.llm.embedModel}.`;
}

/**
 * Embeds the given chunks in one call sequence, writes the vectors to the index, then records
 * them in SQLite. The order matters: a crash in between leaves chunks recorded as unembedded
 * whose vectors are already stored, and embedding them again rewrites the same vectors.
 */
export async function embedChunkBatch(
  deps: EmbedDeps,
  pending: Array<ChunkRow & { title: string }>,
  signal?: AbortSignal,
): Promise<EmbedOutcome> {
  const { db, store, llm } = deps;
  if (pending.length === 0) return { embedded: 0 };
  const state = readEmbeddingState(db, llm.embedModel);
  const vectors = await llm.embed(pending.map(embeddingText), "document", signal);
  const dimension = vectors[0]?.length ?? 0;
  const storeDimension = store.dimension();
  if (state.indexedModel === null && storeDimension !== null && storeDimension !== dimension) {
    // Nothing is recorded as embedded: leftover vectors of another shape can be replaced.
    await store.resetVectors(dimension);
  }
  await store.setVectors(
    pending.flatMap((chunk, i) => {
      const vector = vectors[i];
      return vector ? [{ chunkId: chunk.id, vector }] : [];
    }),
  );
  markChunksEmbedded(
    db,
    pending.map((c) => c.id),
    llm.embedModel,
  );
  if (state.indexedModel === null) recordIndexedModel(db, llm.embedModel, dimension);
  return { embedded: pending.length };
}
