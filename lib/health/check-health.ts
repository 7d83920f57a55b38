import { pingDatabase } from "@/db/client";
import { countChunksNeedingEmbeddingIn } from "@/db/queries/chunks";
import { type ReadScope, scopeCollectionIds, scopedVectorFilter } from "@/lib/access/read-scope";
import { readEmbeddingState } from "@/lib/embeddings/embedding-state";
import type { ModelStatus } from "@/lib/llm";
import type { Services } from "@/lib/runtime/services";

export interface ModelHealth {
  name: string;
  digest: string | null;
  present: boolean;
}

export interface HealthReport {
  status: "ok" | "degraded";
  db: boolean;
  index: { chunks: number; ok: boolean };
  ollama: {
    ok: boolean;
    host: string;
    version: string | null;
    error?: string;
    chatModel: ModelHealth;
    embedModel: ModelHealth;
  };
  embeddings: {
    indexedModel: string | null;
    dimension: number | null;
    missing: number;
    reembedNeeded: boolean;
  };
}

function absent(name: string): ModelHealth {
  return { name, digest: null, present: false };
}

function toModelHealth(status: ModelStatus): ModelHealth {
  return { name: status.name, digest: status.digest, present: status.present };
}

/**
 * Everything an operator needs to see at a glance; every probe is bounded and none throws.
 * Chunk counts cover only the scope's collections, so a reader learns nothing of the size of
 * collections it cannot read.
 */
export async function checkHealth(services: Services, scope: ReadScope): Promise<HealthReport> {
  const { db, store, llm, config } = services;
  const dbOk = pingDatabase(db);
  const [chunks, host] = await Promise.all([
    store.countChunks(scopedVectorFilter(scope, undefined)).then(
      (n) => ({ n, ok: true }),
      () => ({ n: 0, ok: false }),
    ),
    llm.checkHost(),
  ]);
  let chatModel = absent(config.chatModel);
  let embedModel = absent(config.embedModel);
  let modelError: string | undefined;
  if (host.ok) {
    try {
      const [chat, embed] = await Promise.all([
        llm.describeModel(config.chatModel),
        llm.describeModel(config.embedModel),
      ]);
      chatModel = toModelHealth(chat);
      embedModel = toModelHealth(embed);
    } catch (error) {
      modelError = error instanceof Error ? error.message : String(error);
    }
  }
  const state = dbOk
    ? readEmbeddingState(db, config.embedModel)
    : { indexedModel: null, dimension: null, reembedNeeded: false };
  const missing = dbOk ? countChunksNeedingEmbeddingIn(db, config.embedModel, scopeCollectionIds(scope)) : 0;
  const ollamaOk = host.ok && modelError === undefined;
  const healthy =
    dbOk && chunks.ok && ollamaOk && chatModel.present && embedModel.present && !state.reembedNeeded;
  const error = host.error ?? modelError;
  return {
    status: healthy ? "ok" : "degraded",
    db: dbOk,
    index: { chunks: chunks.n, ok: chunks.ok },
    ollama: {
      ok: ollamaOk,
      host: config.ollamaHost,
      version: host.version,
      ...(error ? { error } : {}),
      chatModel,
      embedModel,
    },
    embeddings: { ...state, missing },
  };
}
