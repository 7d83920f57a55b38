import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { LlmClient, LlmClientOptions } from "@/lib/llm";
import { type FakeOllama, fakeEmbeddingModel, waitUntil } from "../fake-ollama/server";
import {
  caught,
  collect,
  EXPECTED_ANSWER,
  fakeOllamaPerFile,
  makeClient,
  RAG_MESSAGES,
} from "../support/llm-test-kit";

const kit = fakeOllamaPerFile();
const client = (overrides: Partial<LlmClientOptions> = {}): LlmClient => makeClient(kit.fake, overrides);

function requestsTo(path: string) {
  return kit.fake.requests.filter((request) => request.path === path);
}

function lastBody(path: string): Record<string, unknown> {
  return requestsTo(path).at(-1)?.body as Record<string, unknown>;
}

describe("LlmClient.embed", () => {
  it("splits texts into batches of embedBatchSize and keeps their order", async () => {
    const texts = Array.from({ length: 70 }, (_, index) => `document number ${index} about topic${index}`);
    const vectors = await client().embed(texts, "document");
    expect(kit.fake.counters.embedBatchSizes).toEqual([32, 32, 6]);
    expect(vectors).toHaveLength(70);
    const [single] = await client().embed([texts[41] ?? ""], "document");
    expect(vectors[41]).toEqual(single);
  });

  it("sends truncate:true and no request for an empty list", async () => {
    expect(await client().embed([], "query")).toEqual([]);
    expect(kit.fake.counters.embedCalls).toBe(0);
    await client().embed(["x"], "query");
    expect(lastBody("/api/embed")).toMatchObject({ model: "nomic-embed-text", truncate: true });
  });

  it.each([
    ["nomic-embed-text", "query", "search_query: "],
    ["nomic-embed-text", "document", "search_document: "],
    ["multilingual-e5-large", "query", "query: "],
    ["multilingual-e5-large", "document", "passage: "],
    ["mxbai-embed-large", "query", "Represent this sentence for searching relevant passages: "],
    ["mxbai-embed-large", "document", ""],
    ["all-minilm", "query", ""],
  ] as const)("prefixes %s %s inputs with %j", async (model, kind, prefix) => {
    kit.fake.knobs.models.push(fakeEmbeddingModel(model));
    await client({ embedModel: model }).embed(["refund policy"], kind);
    expect(lastBody("/api/embed").input).toEqual([`${prefix}refund policy`]);
  });

  it("retries a 500 and then succeeds", async () => {
    kit.fake.knobs.failNext = { path: "/api/embed", status: 500, count: 2 };
    const vectors = await client().embed(["a", "b"], "document");
    expect(vectors).toHaveLength(2);
    expect(requestsTo("/api/embed")).toHaveLength(3);
  });

  it("retries a reset connection and then succeeds", async () => {
    kit.fake.knobs.failNext = { path: "/api/embed", status: 0, count: 1, resetConnection: true };
    expect(await client().embed(["a"], "document")).toHaveLength(1);
    expect(requestsTo("/api/embed")).toHaveLength(2);
  });

  it.each([
    [500, 3],
    [503, 3],
    [429, 3],
    [400, 1],
    [422, 1],
  ])("after HTTP %i it tries %i time(s) in all", async (status, tries) => {
    kit.fake.knobs.failNext = { path: "/api/embed", status, count: 10 };
    const error = await caught(client().embed(["a"], "document"));
    expect(error).toBeInstanceOf(AppError);
    expect(requestsTo("/api/embed")).toHaveLength(tries);
  });

  it.each([
    ["not-json", "invalid-response"],
    ["wrong-shape", "invalid-response"],
  ] as const)("rejects a %s response as MODEL_ERROR without retrying", async (garbage, kind) => {
    kit.fake.knobs.garbage = garbage;
    const error = await caught(client().embed(["a"], "document"));
    expect(error).toMatchObject({ code: "MODEL_ERROR", details: { kind } });
    expect(requestsTo("/api/embed")).toHaveLength(1);
  });

  it("rejects vectors whose dimension changes between batches", async () => {
    const texts = Array.from({ length: 40 }, (_, index) => `t${index}`);
    const embedding = client().embed(texts, "document");
    await waitUntil(() => kit.fake.counters.embedCalls >= 1, 2000, 1);
    kit.fake.knobs.embedDimension = 384;
    const error = await caught(embedding);
    // Either the second batch saw the new dimension (rejected) or both were served before the switch.
    if (kit.fake.counters.embedBatchSizes.length === 2 && error instanceof AppError) {
      expect(error).toMatchObject({ code: "MODEL_ERROR", details: { kind: "invalid-response" } });
    }
  });

  it("stops when the signal aborts, with the signal's reason", async () => {
    kit.fake.knobs.latencyMs = 2000;
    const controller = new AbortController();
    const embedding = client().embed(["a"], "query", controller.signal);
    setTimeout(() => controller.abort(), 50);
    const startedAt = Date.now();
    const error = await caught(embedding);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(await caught(client().embed(["a"], "query", AbortSignal.abort()))).toMatchObject({
      name: "AbortError",
    });
  });

  it("gives up after timeoutMs per request", async () => {
    kit.fake.knobs.latencyMs = 1000;
    const error = await caught(client({ timeoutMs: 100, retry: { attempts: 1 } }).embed(["a"], "query"));
    expect(error).toMatchObject({ code: "MODEL_UNAVAILABLE", details: { kind: "timeout" } });
  });
});

describe("LlmClient.chat", () => {
  it("streams text deltas and returns how generation ended", async () => {
    kit.fake.knobs.tokenDelayMs = 1;
    const { chunks, result } = await collect(client().chat(RAG_MESSAGES, {}));
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join("")).toBe(EXPECTED_ANSWER);
    expect(result).toEqual({
      doneReason: "stop",
      promptTokens: expect.any(Number),
      completionTokens: chunks.length,
    });
  });

  it("always sends num_ctx, and temperature/seed when given", async () => {
    await collect(client().chat(RAG_MESSAGES));
    expect(lastBody("/api/chat")).toMatchObject({ stream: true, options: { num_ctx: 8192 } });
    await collect(client().chat(RAG_MESSAGES, { numCtx: 4096, temperature: 0.1, seed: 42 }));
    expect(lastBody("/api/chat").options).toEqual({ num_ctx: 4096, temperature: 0.1, seed: 42 });
    expect(kit.fake.counters.truncatedPrompts).toBe(0);
  });

  it("closes the HTTP request when the signal aborts", async () => {
    kit.fake.knobs.tokenDelayMs = 30;
    const controller = new AbortController();
    const stream = client().chat(RAG_MESSAGES, { signal: controller.signal });
    const first = await stream.next();
    expect(first.done).toBe(false);
    controller.abort();
    expect(await caught(stream.next())).toMatchObject({ name: "AbortError" });
    await waitUntil(() => kit.fake.counters.abortedStreams === 1);
    expect(kit.fake.counters.completedStreams).toBe(0);
  });

  it("closes the HTTP request when the consumer stops early", async () => {
    kit.fake.knobs.tokenDelayMs = 30;
    for await (const chunk of client().chat(RAG_MESSAGES)) {
      if (chunk.text) break;
    }
    await waitUntil(() => kit.fake.counters.abortedStreams === 1);
  });

  it("retries opening the stream after a 503", async () => {
    kit.fake.knobs.failNext = { path: "/api/chat", status: 503, count: 1 };
    const { chunks } = await collect(client().chat(RAG_MESSAGES));
    expect(chunks.join("")).toBe(EXPECTED_ANSWER);
    expect(requestsTo("/api/chat")).toHaveLength(2);
  });

  it.each([
    ["a dropped connection", (f: FakeOllama) => (f.knobs.dropStreamAfterTokens = 3), "stream-ended"],
    [
      "an error line",
      (f: FakeOllama) => (f.knobs.streamError = { afterTokens: 2, message: "out of memory" }),
      "unknown",
    ],
    ["non-JSON lines", (f: FakeOllama) => (f.knobs.garbage = "not-json"), "stream-ended"],
    ["lines of the wrong shape", (f: FakeOllama) => (f.knobs.garbage = "wrong-shape"), "invalid-response"],
  ])("turns %s into MODEL_ERROR", async (_name, arrange, kind) => {
    arrange(kit.fake);
    const error = await caught(collect(client().chat(RAG_MESSAGES)));
    expect(error).toMatchObject({ code: "MODEL_ERROR", details: { kind } });
  });

  it("says the stream ended early when it drops mid-answer", async () => {
    kit.fake.knobs.dropStreamAfterTokens = 3;
    const stream = client().chat(RAG_MESSAGES);
    const received: string[] = [];
    const error = await caught(
      (async () => {
        for await (const chunk of stream) received.push(chunk.text);
      })(),
    );
    expect(received).toHaveLength(3);
    expect((error as AppError).message).toMatch(/stream ended early/);
  });

  it("limits the gap between chunks, not the whole answer", async () => {
    kit.fake.knobs.tokenDelayMs = 40;
    const { chunks } = await collect(client({ streamIdleTimeoutMs: 200 }).chat(RAG_MESSAGES));
    expect(chunks.join("")).toBe(EXPECTED_ANSWER);

    kit.fake.knobs.tokenDelayMs = 500;
    const stalled = await caught(collect(client({ streamIdleTimeoutMs: 100 }).chat(RAG_MESSAGES)));
    expect(stalled).toMatchObject({ code: "MODEL_ERROR", details: { kind: "stream-ended" } });
  });

  it("does not count time the consumer spends with a chunk against the idle limit", async () => {
    const chunks: string[] = [];
    for await (const chunk of client({ streamIdleTimeoutMs: 50 }).chat(RAG_MESSAGES)) {
      chunks.push(chunk.text);
      if (chunks.length === 1) await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(chunks.join("")).toBe(EXPECTED_ANSWER);
  });

  it("gives up when the first byte does not come within the idle limit", async () => {
    kit.fake.knobs.latencyMs = 1000;
    const options = { streamIdleTimeoutMs: 100, retry: { attempts: 1 } };
    const error = await caught(collect(client(options).chat(RAG_MESSAGES)));
    expect(error).toMatchObject({ code: "MODEL_UNAVAILABLE", details: { kind: "timeout" } });
  });
});
