import type { Config } from "@/lib/config/schema";
import type { LlmClientOptions } from "./types";

export function llmClientOptionsFromConfig(config: Config): LlmClientOptions {
  return {
    host: config.ollamaHost,
    chatModel: config.chatModel,
    embedModel: config.embedModel,
    embedBatchSize: config.embedBatchSize,
    timeoutMs: config.ollamaTimeoutMs,
    contextSize: config.contextSize,
  };
}
