import { pingDatabase } from "@/db/client";
import { countChunksNeedingEmbedding } from "@/db/queries/chunks";
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

/** Everything an operator needs to see at a glance; every probe is bounded and none throws. */
export async function checkHealth(services: Services): Promise<HealthReport> {
  const { db, store, llm, config } = services;
  const dbOk = pingDatabase(db);
  const [chunks, host] = await Promise.all([
    store.countChunks().then(
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
  const missing = dbOk ? countChunksNeedingEmbedding(db, config.embedModel) : 0;
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
