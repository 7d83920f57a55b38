import { classifyOllamaError, isTransientFailure } from "./classify-ollama-error";
import { connectOllama } from "./connect-ollama";
import { invalidResponse, mapOllamaError, type OllamaCallContext } from "./map-ollama-error";
import { sameModel } from "./model-names";
import { withRetry } from "./retry";
import type { ModelStatus, RetryPolicy } from "./types";

export interface DescribeSettings {
  host: string;
  timeoutMs: number;
  retry: RetryPolicy;
}

interface ListedModel {
  name: string;
  digest: string | null;
}

function readListedModels(body: unknown): ListedModel[] | null {
  const models =
    body !== null && typeof body === "object" ? (body as { models?: unknown }).models : undefined;
  if (!Array.isArray(models)) return null;
  return models.flatMap((entry: unknown) => {
    if (entry === null || typeof entry !== "object") return [];
    const { name, model, digest } = entry as { name?: unknown; model?: unknown; digest?: unknown };
    const listedName = typeof name === "string" ? name : typeof model === "string" ? model : null;
    return listedName === null
      ? []
      : [{ name: listedName, digest: typeof digest === "string" ? digest : null }];
  });
}

function positiveInteger(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;
}

/** Reads `<arch>.context_length` / `<arch>.embedding_length` from /api/show's model_info. */
function readLengths(body: unknown): { contextLength: number | null; embeddingLength: number | null } {
  const info =
    body !== null && typeof body === "object" ? (body as { model_info?: unknown }).model_info : undefined;
  if (info === null || typeof info !== "object") return { contextLength: null, embeddingLength: null };
  const entries = info as Record<string, unknown>;
  const architecture = entries["general.architecture"];
  const lookUp = (suffix: string): number | null => {
    if (typeof architecture === "string") {
      const value = positiveInteger(entries[`${architecture}.${suffix}`]);
      if (value !== null) return value;
    }
    // Some GGUF conversions name the architecture key differently; any `*.suffix` is the same fact.
    const key = Object.keys(entries).find((candidate) => candidate.endsWith(`.${suffix}`));
    return key === undefined ? null : positiveInteger(entries[key]);
  };
  return { contextLength: lookUp("context_length"), embeddingLength: lookUp("embedding_length") };
}

function absent(name: string): ModelStatus {
  return { name, present: false, digest: null, contextLength: null, embeddingLength: null };
}

/** Whether a model is pulled on the host, which weights (digest), and its context/vector sizes. */
export async function describeModel(settings: DescribeSettings, name: string): Promise<ModelStatus> {
  const context: OllamaCallContext = {
    host: settings.host,
    model: name,
    operation: "describe-model",
    timeoutMs: settings.timeoutMs,
  };
  const ollama = connectOllama({ host: settings.host, timeoutMs: settings.timeoutMs });
  const retrying = <T>(call: () => Promise<T>) =>
    withRetry(call, {
      policy: settings.retry,
      shouldRetry: (error) => isTransientFailure(classifyOllamaError(error)),
    });

  let listed: ListedModel[] | null;
  try {
    listed = readListedModels(await retrying(() => ollama.list()));
  } catch (error) {
    throw mapOllamaError(error, context);
  }
  if (listed === null) throw invalidResponse("/api/tags has no models array", context);
  const entry = listed.find((model) => sameModel(model.name, name));
  if (!entry) return absent(name);

  let shown: unknown;
  try {
    shown = await retrying(() => ollama.show({ model: name }));
  } catch (error) {
    const failure = classifyOllamaError(error);
    // Deleted between the two calls.
    if (failure.kind === "http" && failure.status === 404) return absent(name);
    throw mapOllamaError(error, context);
  }
  return { name, present: true, digest: entry.digest, ...readLengths(shown) };
}
