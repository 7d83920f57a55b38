export { createLlmClient } from "./create-llm-client";
export { embeddingPrefix } from "./embedding-prefixes";
export { llmClientOptionsFromConfig } from "./options-from-config";
export { DEFAULT_RETRY_POLICY } from "./retry";
export type {
  ChatChunk,
  ChatMessage,
  ChatOptions,
  ChatResult,
  EmbedKind,
  HostStatus,
  LlmClient,
  LlmClientOptions,
  ModelStatus,
  RetryPolicy,
} from "./types";
