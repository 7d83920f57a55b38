import type { Db } from "@/db/client";
import { listChunksNeedingEmbedding, markChunksEmbedded } from "@/db/queries/chunks";
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
  const { db, store, llm } = deps;
  const state = readEmbeddingState(db, llm.embedModel);
  if (state.reembedNeeded) {
    return {
      embedded: 0,
      blocked: `Index was built with ${state.indexedModel}; run "npm run quire -- reembed" to switch to ${llm.embedModel}.`,
    };
  }
  const pending = listChunksNeedingEmbedding(db, llm.embedModel, options.limit, options.documentId);
  if (pending.length === 0) return { embedded: 0 };
  const vectors = await llm.embed(pending.map(embeddingText), "document", options.signal);
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
