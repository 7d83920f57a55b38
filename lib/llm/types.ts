/** Quire's view of a language-model host; nothing here mentions Ollama's own types. */

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatChunk {
  text: string;
}

export interface ChatResult {
  /** "stop", "length" (hit num_predict or the context) or "load"; null if the host did not say. */
  doneReason: string | null;
  promptTokens?: number;
  completionTokens?: number;
}

export interface ChatOptions {
  signal?: AbortSignal;
  /** Context window for this call; defaults to the client's contextSize. */
  numCtx?: number;
  temperature?: number;
  seed?: number;
  /** Another model on the same host for this call (e.g. the rerank model); defaults to the chat model. */
  model?: string;
  /** Constrains the reply to JSON: "json", or a JSON schema the reply must match (Ollama structured outputs). */
  format?: "json" | Record<string, unknown>;
}

export interface ModelStatus {
  name: string;
  present: boolean;
  /** sha256 of the weights, as /api/tags reports it: pins exactly which model answered. */
  digest: string | null;
  contextLength: number | null;
  embeddingLength: number | null;
}

export interface HostStatus {
  ok: boolean;
  version: string | null;
  /** Short technical reason when not ok, e.g. "unreachable: connect ECONNREFUSED 10.0.0.5:11434". */
  error?: string;
}

export type EmbedKind = "query" | "document";

export interface LlmClient {
  host: string;
  chatModel: string;
  embedModel: string;
  /** GET /api/version with a short timeout; never throws. */
  checkHost(): Promise<HostStatus>;
  /** Presence, digest and lengths of a model; absent gives present:false; an unreachable host throws. */
  describeModel(name: string): Promise<ModelStatus>;
  /** One vector per text, in order, with the model's task prefix applied. */
  embed(texts: string[], kind: EmbedKind, signal?: AbortSignal): Promise<number[][]>;
  /** Streams the answer as text deltas; returns how generation ended. */
  chat(messages: ChatMessage[], options?: ChatOptions): AsyncGenerator<ChatChunk, ChatResult>;
}

export interface RetryPolicy {
  /** Total tries, including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface LlmClientOptions {
  host: string;
  chatModel: string;
  embedModel: string;
  /** Inputs per /api/embed call. */
  embedBatchSize: number;
  /** Limit for each non-streaming request. */
  timeoutMs: number;
  /** num_ctx sent with every chat: Ollama's own default is far smaller and truncates silently. */
  contextSize: number;
  /** Retries of transient failures for embed calls and for opening a chat stream. */
  retry?: Partial<RetryPolicy>;
  /** Longest wait for a chat stream's first chunk and between chunks; defaults to timeoutMs. */
  streamIdleTimeoutMs?: number;
  /** Limit for checkHost; defaults to 2000 ms. */
  hostCheckTimeoutMs?: number;
}
