import { checkHost } from "./check-host";
import { describeModel } from "./describe-model";
import { embedTexts } from "./embed-texts";
import { DEFAULT_RETRY_POLICY } from "./retry";
import { streamChat } from "./stream-chat";
import type { LlmClient, LlmClientOptions } from "./types";

const DEFAULT_HOST_CHECK_TIMEOUT_MS = 2000;

/** The one way the rest of Quire talks to the model host. */
export function createLlmClient(options: LlmClientOptions): LlmClient {
  const host = options.host.replace(/\/+$/, "");
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const idleTimeoutMs = options.streamIdleTimeoutMs ?? options.timeoutMs;
  const hostCheckTimeoutMs = options.hostCheckTimeoutMs ?? DEFAULT_HOST_CHECK_TIMEOUT_MS;

  return {
    host,
    chatModel: options.chatModel,
    embedModel: options.embedModel,
    checkHost: () => checkHost({ host, timeoutMs: hostCheckTimeoutMs }),
    describeModel: (name) => describeModel({ host, timeoutMs: options.timeoutMs, retry }, name),
    embed: (texts, kind, signal) =>
      embedTexts(
        {
          host,
          model: options.embedModel,
          batchSize: options.embedBatchSize,
          timeoutMs: options.timeoutMs,
          retry,
        },
        texts,
        kind,
        signal,
      ),
    chat: (messages, chatOptions) =>
      streamChat(
        { host, model: options.chatModel, contextSize: options.contextSize, idleTimeoutMs, retry },
        messages,
        chatOptions,
      ),
  };
}
