import type { ServerResponse } from "node:http";
import { composeReply } from "../compose-reply";
import { composeFormatted } from "../compose-rerank";
import { composeRewrite } from "../compose-rewrite";
import { elapsedNs, nowIso, sendJson, sleep, writeAndFlush } from "../http-io";
import type { PromptMessage } from "../parse-prompt";
import { asObject, BadRequest, optionalNumber, requireModelName } from "../request-validation";
import type { ServerState } from "../server-state";
import { estimateTokens } from "../text-analysis";
import type { HandlerContext } from "./handler-context";
import { resolveModel } from "./resolve-model";

/** Ollama's num_ctx when the request does not set one. */
const DEFAULT_NUM_CTX = 4096;
const TOKENS_PER_MESSAGE_OVERHEAD = 4;

function readMessages(value: unknown): PromptMessage[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new BadRequest("messages must be an array");
  return value.map((item) => {
    const message = asObject(item);
    if (typeof message.role !== "string") throw new BadRequest("message role is required");
    return { role: message.role, content: typeof message.content === "string" ? message.content : "" };
  });
}

function replyFor(messages: PromptMessage[], state: ServerState, format: unknown): string {
  const rewrite = composeRewrite(messages);
  if (rewrite !== null) return rewrite;
  // A `format` (JSON or a schema, e.g. a rerank request) gets JSON, unless a test scripted the reply.
  const formatted = state.knobs.reply === null ? composeFormatted(format, messages) : null;
  if (formatted !== null) return formatted;
  const reply = state.knobs.reply ?? composeReply(messages);
  return state.knobs.appendSentence ? `${reply} ${state.knobs.appendSentence}` : reply;
}

interface Generation {
  model: string;
  tokens: string[];
  doneReason: "stop" | "length" | "load";
  promptTokens: number;
  startedAt: bigint;
}

function finalFields(generation: Generation) {
  const total = elapsedNs(generation.startedAt);
  return {
    done: true,
    done_reason: generation.doneReason,
    total_duration: total,
    load_duration: 1_334_875,
    prompt_eval_count: generation.promptTokens,
    prompt_eval_duration: Math.floor(total / 10),
    eval_count: generation.tokens.length,
    eval_duration: total - Math.floor(total / 10),
  };
}

function line(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

async function streamGeneration(response: ServerResponse, generation: Generation, state: ServerState) {
  let droppedByUs = false;
  response.on("close", () => {
    if (!response.writableFinished && !droppedByUs) state.counters.abortedStreams += 1;
  });
  response.writeHead(200, { "Content-Type": "application/x-ndjson" });
  response.flushHeaders();

  let sent = 0;
  for (const token of generation.tokens) {
    if (response.destroyed) return;
    if (state.knobs.dropStreamAfterTokens !== null && sent >= state.knobs.dropStreamAfterTokens) {
      droppedByUs = true;
      state.counters.droppedStreams += 1;
      response.socket?.destroy();
      return;
    }
    const streamError = state.knobs.streamError;
    if (streamError !== null && sent >= streamError.afterTokens) {
      response.end(line({ error: streamError.message }));
      return;
    }
    const message = { role: "assistant", content: token };
    await writeAndFlush(
      response,
      line({ model: generation.model, created_at: nowIso(), message, done: false }),
    );
    sent += 1;
    await sleep(state.knobs.tokenDelayMs);
  }
  if (response.destroyed) return;
  const message = { role: "assistant", content: "" };
  response.end(line({ model: generation.model, created_at: nowIso(), message, ...finalFields(generation) }));
  state.counters.completedStreams += 1;
}

export async function handleChat({ response, body, state }: HandlerContext): Promise<void> {
  const startedAt = process.hrtime.bigint();
  const request = asObject(body);
  const name = requireModelName(request);
  const messages = readMessages(request.messages);
  resolveModel(state, name, "chat");
  state.counters.chatCalls += 1;
  if (response.destroyed) {
    // The client gave up while the request waited (latency knob).
    state.counters.abortedStreams += 1;
    return;
  }

  const numCtx = optionalNumber(request.options, "num_ctx") ?? DEFAULT_NUM_CTX;
  const numPredict = optionalNumber(request.options, "num_predict") ?? -1;
  const promptTokens = messages.reduce(
    (sum, message) => sum + estimateTokens(message.content) + TOKENS_PER_MESSAGE_OVERHEAD,
    0,
  );
  // Real Ollama truncates an over-long prompt silently; counting it lets tests catch bad budgeting.
  if (promptTokens > numCtx) state.counters.truncatedPrompts += 1;

  const allTokens =
    messages.length === 0 ? [] : (replyFor(messages, state, request.format).match(/\S+\s*/g) ?? []);
  const hitLimit = numPredict >= 0 && allTokens.length > numPredict;
  const generation: Generation = {
    model: name,
    tokens: hitLimit ? allTokens.slice(0, numPredict) : allTokens,
    // An empty message list only loads the model, and Ollama says so.
    doneReason: messages.length === 0 ? "load" : hitLimit ? "length" : "stop",
    promptTokens: Math.min(promptTokens, numCtx),
    startedAt,
  };

  if (request.stream !== false) return streamGeneration(response, generation, state);

  await sleep(state.knobs.tokenDelayMs * generation.tokens.length);
  const message = { role: "assistant", content: generation.tokens.join("") };
  sendJson(response, 200, { model: name, created_at: nowIso(), message, ...finalFields(generation) });
}
