import { classifyOllamaError, isTransientFailure } from "./classify-ollama-error";
import { connectOllama } from "./connect-ollama";
import { embeddingPrefix } from "./embedding-prefixes";
import { invalidResponse, mapOllamaError, type OllamaCallContext } from "./map-ollama-error";
import { readEmbeddings } from "./read-embeddings";
import { withRetry } from "./retry";
import type { EmbedKind, RetryPolicy } from "./types";

export interface EmbedSettings {
  host: string;
  model: string;
  batchSize: number;
  timeoutMs: number;
  retry: RetryPolicy;
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

function isTransient(error: unknown): boolean {
  return isTransientFailure(classifyOllamaError(error));
}

/** Embeds texts in batches, one vector per text in order, all of one dimension. */
export async function embedTexts(
  settings: EmbedSettings,
  texts: readonly string[],
  kind: EmbedKind,
  signal?: AbortSignal,
): Promise<number[][]> {
  signal?.throwIfAborted();
  const context: OllamaCallContext = {
    host: settings.host,
    model: settings.model,
    operation: "embed",
    timeoutMs: settings.timeoutMs,
  };
  const ollama = connectOllama({ host: settings.host, signal, timeoutMs: settings.timeoutMs });
  const prefix = embeddingPrefix(settings.model, kind);
  const vectors: number[][] = [];
  let dimension: number | null = null;

  for (const batch of inBatches(texts, Math.max(1, settings.batchSize))) {
    const input = batch.map((text) => prefix + text);
    let body: unknown;
    try {
      body = await withRetry(() => ollama.embed({ model: settings.model, input, truncate: true }), {
        policy: settings.retry,
        shouldRetry: isTransient,
        signal,
      });
    } catch (error) {
      signal?.throwIfAborted();
      throw mapOllamaError(error, context);
    }
    const read = readEmbeddings(body, batch.length, dimension);
    if (!read.ok) throw invalidResponse(read.reason, context);
    dimension = read.vectors[0]?.length ?? dimension;
    vectors.push(...read.vectors);
  }
  return vectors;
}
