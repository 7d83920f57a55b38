/** Shapes shared by the fake Ollama server's parts and the tests that drive it. */

export type FakeModelKind = "chat" | "embedding";

/** One model the fake pretends to have pulled. */
export interface FakeModel {
  /** Full name with tag, as /api/tags lists it, e.g. "llama3.1:8b" or "nomic-embed-text:latest". */
  name: string;
  kind: FakeModelKind;
  /** `general.architecture`; also the prefix of the model_info length keys. */
  architecture: string;
  family: string;
  contextLength: number;
  embeddingLength: number;
  parameterSize: string;
  quantizationLevel: string;
  sizeBytes: number;
  /** 64 hex characters, like a real sha256 manifest digest. */
  digest: string;
}

export interface FailNextKnob {
  /** Only requests to this exact path fail (e.g. "/api/embed"); any path when absent. */
  path?: string;
  /** HTTP status to answer with; ignored when `resetConnection` is set. */
  status: number;
  /** How many matching requests still fail; the knob clears itself at 0. */
  count: number;
  /** Response body: an object is sent as JSON, a string as-is. Defaults to Ollama's `{"error": "..."}`. */
  body?: unknown;
  /** Destroy the connection instead of answering, as a crashed or restarting host would. */
  resetConnection?: boolean;
}

/**
 * `not-json` (or `true`): 200 with a body that is not JSON (not NDJSON either for streams).
 * `wrong-shape`: 200 with valid JSON that does not have the fields the API promises.
 */
export type GarbageMode = boolean | "not-json" | "wrong-shape";

/** Behaviour switches; tests mutate `fake.knobs` directly between or during requests. */
export interface FakeOllamaKnobs {
  /** Delay before any response starts, in ms. */
  latencyMs: number;
  /** Delay between streamed chat tokens, in ms. */
  tokenDelayMs: number;
  failNext: FailNextKnob | null;
  /** Destroy the socket after this many streamed tokens (no final `done` line). */
  dropStreamAfterTokens: number | null;
  /** After this many streamed tokens, send an `{"error": message}` line and end the stream, as Ollama does. */
  streamError: { afterTokens: number; message: string } | null;
  /** The models present on the host. */
  models: FakeModel[];
  /** Overrides every embedding model's dimension (responses and /api/show agree). */
  embedDimension: number | null;
  /**
   * Cosine similarity of two texts with no words in common. Real embedding models are anisotropic
   * (unrelated texts score roughly 0.3-0.45, not 0); this keeps similarity thresholds meaningful.
   */
  similarityFloor: number;
  /** When set, every chat streams exactly this text instead of the source-based answer. */
  reply: string | null;
  garbage: GarbageMode;
  /** Appended to every chat reply: simulates a model adding an unsupported claim. */
  appendSentence: string | null;
  version: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  /** Parsed JSON when the body was JSON, the raw text otherwise, null when empty. */
  body: unknown;
}

export interface FakeOllamaCounters {
  embedCalls: number;
  /** Number of inputs in each /api/embed call, in arrival order. */
  embedBatchSizes: number[];
  chatCalls: number;
  /** Chat streams that ran to their final `done` line. */
  completedStreams: number;
  /** Chat requests whose client closed the connection before the reply was complete. */
  abortedStreams: number;
  /** Chat streams the fake cut itself (`dropStreamAfterTokens`). */
  droppedStreams: number;
  /** Chat prompts longer than their `num_ctx`, which real Ollama truncates silently. */
  truncatedPrompts: number;
  inFlight: number;
  maxInFlight: number;
}

export interface StartFakeOllamaOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Address to listen on, 127.0.0.1 by default. A machine's own network address makes the fake
   * look like a model host on another machine (the zero-egress test uses this).
   */
  host?: string;
  /** Initial knob values; `reset()` returns to these. */
  knobs?: Partial<FakeOllamaKnobs>;
}

export interface FakeOllama {
  /** http://HOST:PORT, without a trailing slash. */
  url: string;
  port: number;
  knobs: FakeOllamaKnobs;
  requests: LoggedRequest[];
  counters: FakeOllamaCounters;
  /** Restores the initial knobs and clears the request log, counters and loaded models. */
  reset(): void;
  /** Closes the listening socket and open connections: the host then refuses connections. */
  stop(): Promise<void>;
  /** Listens again on the same port after `stop()`. */
  start(): Promise<void>;
  close(): Promise<void>;
}
