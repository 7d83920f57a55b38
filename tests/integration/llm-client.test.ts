import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  type ChatMessage,
  type ChatResult,
  createLlmClient,
  type LlmClient,
  type LlmClientOptions,
} from "@/lib/llm";
import {
  type FakeOllama,
  type FakeOllamaKnobs,
  fakeEmbeddingModel,
  startFakeOllama,
  waitUntil,
} from "../fake-ollama/server";

let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama();
});
afterEach(async () => {
  await fake.start();
  fake.reset();
});
afterAll(() => fake.close());

function client(overrides: Partial<LlmClientOptions> = {}): LlmClient {
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

const RAG_MESSAGES: ChatMessage[] = [
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
const EXPECTED_ANSWER = "According to the documents, Refunds are issued within 30 days of purchase [2].";

async function collect(stream: AsyncGenerator<{ text: string }, ChatResult>) {
  const chunks: string[] = [];
  for (;;) {
    const next = await stream.next();
    if (next.done) return { chunks, result: next.value };
    chunks.push(next.value.text);
  }
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

type Arrange = (fake: FakeOllama) => void | Promise<void>;
const nothing: Arrange = () => {};
const hostDown: Arrange = (target) => target.stop();
const withKnobs =
  (patch: Partial<FakeOllamaKnobs>): Arrange =>
  (target) => {
    Object.assign(target.knobs, patch);
  };

function requestsTo(path: string) {
  return fake.requests.filter((request) => request.path === path);
}

function lastBody(path: string): Record<string, unknown> {
  return requestsTo(path).at(-1)?.body as Record<string, unknown>;
}

describe("LlmClient.embed", () => {
  it("splits texts into batches of embedBatchSize and keeps their order", async () => {
    const texts = Array.from({ length: 70 }, (_, index) => `document number ${index} about topic${index}`);
    const vectors = await client().embed(texts, "document");
    expect(fake.counters.embedBatchSizes).toEqual([32, 32, 6]);
    expect(vectors).toHaveLength(70);
    const [single] = await client().embed([texts[41] ?? ""], "document");
    expect(vectors[41]).toEqual(single);
  });

  it("sends truncate:true and no request for an empty list", async () => {
    expect(await client().embed([], "query")).toEqual([]);
    expect(fake.counters.embedCalls).toBe(0);
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
    fake.knobs.models.push(fakeEmbeddingModel(model));
    await client({ embedModel: model }).embed(["refund policy"], kind);
    expect(lastBody("/api/embed").input).toEqual([`${prefix}refund policy`]);
  });

  it("retries a 500 and then succeeds", async () => {
    fake.knobs.failNext = { path: "/api/embed", status: 500, count: 2 };
    const vectors = await client().embed(["a", "b"], "document");
    expect(vectors).toHaveLength(2);
    expect(requestsTo("/api/embed")).toHaveLength(3);
  });

  it("retries a reset connection and then succeeds", async () => {
    fake.knobs.failNext = { path: "/api/embed", status: 0, count: 1, resetConnection: true };
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
    fake.knobs.failNext = { path: "/api/embed", status, count: 10 };
    const error = await caught(client().embed(["a"], "document"));
    expect(error).toBeInstanceOf(AppError);
    expect(requestsTo("/api/embed")).toHaveLength(tries);
  });

  it.each([
    ["not-json", "invalid-response"],
    ["wrong-shape", "invalid-response"],
  ] as const)("rejects a %s response as MODEL_ERROR without retrying", async (garbage, kind) => {
    fake.knobs.garbage = garbage;
    const error = await caught(client().embed(["a"], "document"));
    expect(error).toMatchObject({ code: "MODEL_ERROR", details: { kind } });
    expect(requestsTo("/api/embed")).toHaveLength(1);
  });

  it("rejects vectors whose dimension changes between batches", async () => {
    const texts = Array.from({ length: 40 }, (_, index) => `t${index}`);
    const embedding = client().embed(texts, "document");
    await waitUntil(() => fake.counters.embedCalls >= 1, 2000, 1);
    fake.knobs.embedDimension = 384;
    const error = await caught(embedding);
    // Either the second batch saw the new dimension (rejected) or both were served before the switch.
    if (fake.counters.embedBatchSizes.length === 2 && error instanceof AppError) {
      expect(error).toMatchObject({ code: "MODEL_ERROR", details: { kind: "invalid-response" } });
    }
  });

  it("stops when the signal aborts, with the signal's reason", async () => {
    fake.knobs.latencyMs = 2000;
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
    fake.knobs.latencyMs = 1000;
    const error = await caught(client({ timeoutMs: 100, retry: { attempts: 1 } }).embed(["a"], "query"));
    expect(error).toMatchObject({ code: "MODEL_UNAVAILABLE", details: { kind: "timeout" } });
  });
});

describe("LlmClient.chat", () => {
  it("streams text deltas and returns how generation ended", async () => {
    fake.knobs.tokenDelayMs = 1;
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
    expect(fake.counters.truncatedPrompts).toBe(0);
  });

  it("closes the HTTP request when the signal aborts", async () => {
    fake.knobs.tokenDelayMs = 30;
    const controller = new AbortController();
    const stream = client().chat(RAG_MESSAGES, { signal: controller.signal });
    const first = await stream.next();
    expect(first.done).toBe(false);
    controller.abort();
    expect(await caught(stream.next())).toMatchObject({ name: "AbortError" });
    await waitUntil(() => fake.counters.abortedStreams === 1);
    expect(fake.counters.completedStreams).toBe(0);
  });

  it("closes the HTTP request when the consumer stops early", async () => {
    fake.knobs.tokenDelayMs = 30;
    for await (const chunk of client().chat(RAG_MESSAGES)) {
      if (chunk.text) break;
    }
    await waitUntil(() => fake.counters.abortedStreams === 1);
  });

  it("retries opening the stream after a 503", async () => {
    fake.knobs.failNext = { path: "/api/chat", status: 503, count: 1 };
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
    arrange(fake);
    const error = await caught(collect(client().chat(RAG_MESSAGES)));
    expect(error).toMatchObject({ code: "MODEL_ERROR", details: { kind } });
  });

  it("says the stream ended early when it drops mid-answer", async () => {
    fake.knobs.dropStreamAfterTokens = 3;
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
    fake.knobs.tokenDelayMs = 40;
    const { chunks } = await collect(client({ streamIdleTimeoutMs: 200 }).chat(RAG_MESSAGES));
    expect(chunks.join("")).toBe(EXPECTED_ANSWER);

    fake.knobs.tokenDelayMs = 500;
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
    fake.knobs.latencyMs = 1000;
    const options = { streamIdleTimeoutMs: 100, retry: { attempts: 1 } };
    const error = await caught(collect(client(options).chat(RAG_MESSAGES)));
    expect(error).toMatchObject({ code: "MODEL_UNAVAILABLE", details: { kind: "timeout" } });
  });
});

const embedCall = (llm: LlmClient) => llm.embed(["a"], "query");
const chatCall = (llm: LlmClient) => collect(llm.chat(RAG_MESSAGES));
const describeCall = (llm: LlmClient) => llm.describeModel("llama3.1:8b");

interface ErrorCase {
  name: string;
  arrange: Arrange;
  act: (llm: LlmClient) => Promise<unknown>;
  options?: Partial<LlmClientOptions>;
  code: "MODEL_UNAVAILABLE" | "MODEL_ERROR";
  /** Expected in the user message; "<host>" stands for the fake's URL. */
  userMessage: string;
}

const ERROR_CASES: ErrorCase[] = [
  {
    name: "embed, host down",
    arrange: hostDown,
    act: embedCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "The model host at <host> is unreachable.",
  },
  {
    name: "chat, host down",
    arrange: hostDown,
    act: chatCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "The model host at <host> is unreachable.",
  },
  {
    name: "describeModel, host down",
    arrange: hostDown,
    act: describeCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "The model host at <host> is unreachable.",
  },
  {
    name: "embed, unknown model",
    arrange: nothing,
    act: embedCall,
    options: { embedModel: "nomic-embed-text:v9" },
    code: "MODEL_UNAVAILABLE",
    userMessage: '"ollama pull nomic-embed-text:v9" on the GPU host',
  },
  {
    name: "chat, unknown model",
    arrange: nothing,
    act: chatCall,
    options: { chatModel: "mistral:7b" },
    code: "MODEL_UNAVAILABLE",
    userMessage: '"ollama pull mistral:7b" on the GPU host',
  },
  {
    name: "chat, HTTP 500",
    arrange: withKnobs({ failNext: { status: 500, count: 9 } }),
    act: chatCall,
    code: "MODEL_ERROR",
    userMessage: "(HTTP 500)",
  },
  {
    name: "chat, HTTP 400",
    arrange: withKnobs({ failNext: { status: 400, count: 9 } }),
    act: chatCall,
    code: "MODEL_ERROR",
    userMessage: "(HTTP 400)",
  },
  {
    name: "chat, host busy",
    arrange: withKnobs({ failNext: { status: 503, count: 9 } }),
    act: chatCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "is busy",
  },
  {
    name: "chat, wrong model kind",
    arrange: nothing,
    act: chatCall,
    options: { chatModel: "nomic-embed-text" },
    code: "MODEL_ERROR",
    userMessage: "(HTTP 400)",
  },
  {
    name: "describeModel, garbage",
    arrange: withKnobs({ garbage: "not-json" }),
    act: describeCall,
    code: "MODEL_ERROR",
    userMessage: "could not read",
  },
];

describe("LlmClient error mapping", () => {
  it.each(ERROR_CASES)("$name -> $code", async ({ arrange, act, options, code, userMessage }) => {
    await arrange(fake);
    const error = await caught(act(client(options)));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code });
    expect((error as AppError).userMessage).toContain(userMessage.replace("<host>", fake.url));
  });
});

describe("LlmClient.describeModel", () => {
  it.each([
    ["llama3.1:8b", "46e0c10c039e019119339687c3c1757cc81b9da49709a3b3924863ba87ca666e", 131072, 4096],
    ["nomic-embed-text", "0a109f422b47e3a30ba2b10eca18548e944e8a23073ee3f3e947efcf3c45e59f", 2048, 768],
    [
      "nomic-embed-text:latest",
      "0a109f422b47e3a30ba2b10eca18548e944e8a23073ee3f3e947efcf3c45e59f",
      2048,
      768,
    ],
  ])("describes %s with its digest and lengths", async (name, digest, contextLength, embeddingLength) => {
    expect(await client().describeModel(name)).toEqual({
      name,
      present: true,
      digest,
      contextLength,
      embeddingLength,
    });
  });

  it("reports an absent model as not present without calling /api/show", async () => {
    expect(await client().describeModel("mistral:7b")).toEqual({
      name: "mistral:7b",
      present: false,
      digest: null,
      contextLength: null,
      embeddingLength: null,
    });
    expect(requestsTo("/api/show")).toHaveLength(0);
  });

  it("reflects the embedding dimension the host reports", async () => {
    fake.knobs.embedDimension = 1024;
    expect((await client().describeModel("nomic-embed-text")).embeddingLength).toBe(1024);
  });
});

describe("LlmClient.checkHost", () => {
  it("reports the version when the host answers", async () => {
    expect(await client().checkHost()).toEqual({ ok: true, version: "0.12.6" });
  });

  it.each([
    ["down", hostDown, /^unreachable: .*ECONNREFUSED/],
    ["slow", withKnobs({ latencyMs: 1000 }), /^timeout/],
    ["answering garbage", withKnobs({ garbage: "wrong-shape" }), /^invalid-response/],
    ["failing", withKnobs({ failNext: { status: 500, count: 1 } }), /^http: HTTP 500/],
  ])("reports a host that is %s without throwing", async (_name, arrange, error) => {
    await arrange(fake);
    const status = await client({ hostCheckTimeoutMs: 100 }).checkHost();
    expect(status).toMatchObject({ ok: false, version: null });
    expect(status.error).toMatch(error);
  });
});
