import { afterAll, afterEach, beforeAll } from "vitest";
import {
  type ChatMessage,
  type ChatResult,
  createLlmClient,
  type LlmClient,
  type LlmClientOptions,
} from "@/lib/llm";
import { type FakeOllama, type FakeOllamaKnobs, startFakeOllama } from "../fake-ollama/server";

/** Shared set-up for the LlmClient tests: one fake Ollama per file, reset after each test. */
export function fakeOllamaPerFile(): { readonly fake: FakeOllama } {
  const holder: { fake?: FakeOllama } = {};
  beforeAll(async () => {
    holder.fake = await startFakeOllama();
  });
  afterEach(async () => {
    await holder.fake?.start();
    holder.fake?.reset();
  });
  afterAll(() => holder.fake?.close());
  return {
    get fake() {
      if (!holder.fake) throw new Error("fake Ollama not started");
      return holder.fake;
    },
  };
}

export function makeClient(fake: FakeOllama, overrides: Partial<LlmClientOptions> = {}): LlmClient {
  return createLlmClient({
    host: fake.url,
    chatModel: "llama3.1:8b",
    embedModel: "nomic-embed-text",
    embedBatchSize: 32,
    timeoutMs: 5000,
    contextSize: 8192,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
}

export const RAG_MESSAGES: ChatMessage[] = [
  { role: "system", content: "Answer only from the numbered sources and cite them." },
  {
    role: "user",
    content: [
      "Sources:",
      "",
      "[1] (Pets handbook, page 2)",
      "Cats sleep most of the day. Dogs need a walk twice a day.",
      "",
      "[2] (Store policy, page 3)",
      "Our shop opens at nine. Refunds are issued within 30 days of purchase.",
      "",
      "Question: When are refunds issued?",
    ].join("\n"),
  },
];
export const EXPECTED_ANSWER =
  "According to the documents, Refunds are issued within 30 days of purchase [2].";

export async function collect(stream: AsyncGenerator<{ text: string }, ChatResult>) {
  const chunks: string[] = [];
  for (;;) {
    const next = await stream.next();
    if (next.done) return { chunks, result: next.value };
    chunks.push(next.value.text);
  }
}

export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

export type Arrange = (fake: FakeOllama) => void | Promise<void>;
export const nothing: Arrange = () => {};
export const hostDown: Arrange = (target) => target.stop();
export const withKnobs =
  (patch: Partial<FakeOllamaKnobs>): Arrange =>
  (target) => {
    Object.assign(target.knobs, patch);
  };
