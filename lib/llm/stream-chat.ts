import type { ChatResponse } from "ollama";
import { isAppError } from "@/lib/errors/app-error";
import { classifyOllamaError, isTransientFailure, type OllamaFailure } from "./classify-ollama-error";
import { connectOllama } from "./connect-ollama";
import { idleTimer } from "./idle-timer";
import {
  failureToAppError,
  invalidResponse,
  mapOllamaError,
  type OllamaCallContext,
} from "./map-ollama-error";
import { withRetry } from "./retry";
import type { ChatChunk, ChatMessage, ChatOptions, ChatResult, RetryPolicy } from "./types";

export interface ChatSettings {
  host: string;
  model: string;
  contextSize: number;
  /** Longest wait for the first chunk and between chunks. */
  idleTimeoutMs: number;
  retry: RetryPolicy;
}

function requestOptions(settings: ChatSettings, options: ChatOptions) {
  return {
    // Always explicit: Ollama's default context is small and it truncates the prompt silently.
    num_ctx: options.numCtx ?? settings.contextSize,
    ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
}

/** ollama-js yields parsed lines without checking them; a chunk must carry text or be the last. */
function chunkText(part: unknown): string | null {
  const message =
    part !== null && typeof part === "object" ? (part as { message?: unknown }).message : undefined;
  const content =
    message !== null && typeof message === "object" ? (message as { content?: unknown }).content : undefined;
  return typeof content === "string" ? content : null;
}

function resultOf(part: ChatResponse): ChatResult {
  const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
  const result: ChatResult = { doneReason: typeof part.done_reason === "string" ? part.done_reason : null };
  const promptTokens = count(part.prompt_eval_count);
  const completionTokens = count(part.eval_count);
  if (promptTokens !== undefined) result.promptTokens = promptTokens;
  if (completionTokens !== undefined) result.completionTokens = completionTokens;
  return result;
}

/** Once the answer has begun, any break is "the stream ended early", whatever the socket said. */
function midStreamFailure(error: unknown, stalled: boolean): OllamaFailure {
  if (stalled) return { kind: "stream-ended", detail: "stream stalled: no chunk within the idle limit" };
  const failure = classifyOllamaError(error);
  if (failure.kind === "connection-lost" || failure.kind === "stream-ended") {
    return { kind: "stream-ended", detail: `stream ended early (${failure.detail})` };
  }
  // ollama-js turns an {"error": "..."} line into a plain Error carrying Ollama's message.
  if (failure.kind === "unknown")
    return { kind: "unknown", detail: `model error in stream: ${failure.detail}` };
  return failure;
}

/**
 * Streams a chat answer from /api/chat as text deltas. Aborting `signal`, or the consumer stopping
 * early, closes the HTTP request so the host stops generating.
 */
export async function* streamChat(
  settings: ChatSettings,
  messages: readonly ChatMessage[],
  options: ChatOptions = {},
): AsyncGenerator<ChatChunk, ChatResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  const context: OllamaCallContext = {
    host: settings.host,
    model: options.model ?? settings.model,
    operation: "chat",
    timeoutMs: settings.idleTimeoutMs,
  };
  const teardown = new AbortController();
  let stalled = false;
  const idle = idleTimer(settings.idleTimeoutMs, () => {
    stalled = true;
    teardown.abort(new DOMException("no data from the model host within the idle limit", "TimeoutError"));
  });
  const requestSignal = signal ? AbortSignal.any([signal, teardown.signal]) : teardown.signal;
  const ollama = connectOllama({ host: settings.host, signal: requestSignal });
  let started = false;

  try {
    idle.touch();
    const stream = await withRetry(
      () =>
        ollama.chat({
          model: options.model ?? settings.model,
          messages: messages.map(({ role, content }) => ({ role, content })),
          stream: true,
          ...(options.format === undefined ? {} : { format: options.format }),
          options: requestOptions(settings, options),
        }),
      {
        policy: settings.retry,
        shouldRetry: (error) => isTransientFailure(classifyOllamaError(error)),
        signal: requestSignal,
      },
    );
    started = true;
    for await (const part of stream) {
      // The limit is on the host's silence, not on time our consumer spends with a chunk.
      idle.clear();
      const text = chunkText(part);
      if (text === null) throw invalidResponse("a stream line has no message content", context);
      if (text !== "") yield { text };
      if (part.done) return resultOf(part);
      idle.touch();
    }
    throw failureToAppError({ kind: "stream-ended", detail: "stream ended early" }, context);
  } catch (error) {
    signal?.throwIfAborted();
    if (isAppError(error)) throw error;
    if (!started) throw mapOllamaError(error, context);
    throw failureToAppError(midStreamFailure(error, stalled), context, error);
  } finally {
    idle.clear();
    // Frees the connection when the consumer stopped iterating before the end.
    teardown.abort();
  }
}
