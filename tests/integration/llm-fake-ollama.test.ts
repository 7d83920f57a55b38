import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeOllama, fakeEmbeddingModel, startFakeOllama } from "../fake-ollama/server";
import { RAG_PROMPT } from "../support/rag-prompt";

let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${fake.url}${path}`, { method: "POST", body: JSON.stringify(body) });
}

function norm(vector: number[]): number {
  return Math.hypot(...vector);
}

function cosine(left: number[], right: number[]): number {
  return (
    left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0) / (norm(left) * norm(right))
  );
}

async function embedOne(text: string): Promise<number[]> {
  const response = await post("/api/embed", { model: "nomic-embed-text", input: text });
  const body = (await response.json()) as { embeddings: number[][] };
  return body.embeddings[0] ?? [];
}

describe("fake Ollama: catalogue endpoints", () => {
  it("answers /api/version and / like Ollama", async () => {
    expect(await (await fetch(`${fake.url}/api/version`)).json()).toEqual({ version: "0.12.6" });
    expect(await (await fetch(`${fake.url}/`)).text()).toBe("Ollama is running");
  });

  it("lists the default models with sha256-like digests and details", async () => {
    const body = (await (await fetch(`${fake.url}/api/tags`)).json()) as {
      models: { name: string; digest: string; details: { family: string } }[];
    };
    expect(body.models.map((model) => model.name)).toEqual(["llama3.1:8b", "nomic-embed-text:latest"]);
    for (const model of body.models) expect(model.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(body.models[0]?.details.family).toBe("llama");
  });

  it("shows capabilities and architecture lengths, and 404s an absent model", async () => {
    const chat = (await (await post("/api/show", { model: "llama3.1:8b" })).json()) as Record<
      string,
      unknown
    >;
    expect(chat.capabilities).toEqual(["completion"]);
    expect(chat.model_info).toMatchObject({
      "general.architecture": "llama",
      "llama.context_length": 131072,
    });

    const embed = (await (await post("/api/show", { model: "nomic-embed-text" })).json()) as Record<
      string,
      unknown
    >;
    expect(embed.capabilities).toEqual(["embedding"]);
    expect(embed.model_info).toMatchObject({ "nomic-bert.embedding_length": 768 });

    const missing = await post("/api/show", { model: "mistral:7b" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/json");
    expect(await missing.json()).toEqual({ error: "model 'mistral:7b' not found" });
  });

  it("answers 400 for a request without a model and 404 text for unknown routes", async () => {
    const noModel = await post("/api/show", {});
    expect(noModel.status).toBe(400);
    expect(await noModel.json()).toEqual({ error: "model is required" });
    expect((await fetch(`${fake.url}/api/nothing`)).status).toBe(404);
  });

  it("serves the models configured in the knobs", async () => {
    fake.knobs.models = [fakeEmbeddingModel("mxbai-embed-large", { embeddingLength: 1024 })];
    const body = (await (await fetch(`${fake.url}/api/tags`)).json()) as { models: { name: string }[] };
    expect(body.models.map((model) => model.name)).toEqual(["mxbai-embed-large:latest"]);
    const vector = await (await post("/api/embed", { model: "mxbai-embed-large", input: "x" })).json();
    expect((vector as { embeddings: number[][] }).embeddings[0]).toHaveLength(1024);
  });

  it("lists models used so far in /api/ps", async () => {
    await embedOne("hello");
    const body = (await (await fetch(`${fake.url}/api/ps`)).json()) as {
      models: { name: string; expires_at: string }[];
    };
    expect(body.models.map((model) => model.name)).toEqual(["nomic-embed-text:latest"]);
  });
});

describe("fake Ollama: /api/embed", () => {
  it("returns one L2-normalised vector per input, in order, with Ollama's fields", async () => {
    const response = await post("/api/embed", {
      model: "nomic-embed-text",
      input: ["alpha beta", "gamma", "alpha beta"],
    });
    const body = (await response.json()) as Record<string, unknown> & { embeddings: number[][] };
    expect(body).toMatchObject({ model: "nomic-embed-text" });
    expect(body.total_duration).toBeTypeOf("number");
    expect(body.prompt_eval_count).toBeTypeOf("number");
    expect(body.embeddings).toHaveLength(3);
    for (const vector of body.embeddings) {
      expect(vector).toHaveLength(768);
      expect(norm(vector)).toBeCloseTo(1, 6);
    }
    expect(body.embeddings[2]).toEqual(body.embeddings[0]);
    expect(fake.counters.embedCalls).toBe(1);
    expect(fake.counters.embedBatchSizes).toEqual([3]);
  });

  it("puts texts that share words closer than unrelated ones, ignoring task prefixes", async () => {
    const query = await embedOne("search_query: When are refunds issued?");
    const related = await embedOne("search_document: Refunds are issued within 30 days of purchase.");
    const unrelated = await embedOne("search_document: Dogs need a walk twice a day.");
    expect(cosine(query, related)).toBeGreaterThan(0.6);
    expect(cosine(query, unrelated)).toBeLessThan(0.45);
    expect(await embedOne("query: refund")).toEqual(await embedOne("refunds"));
  });

  it("follows the embedDimension knob in both vectors and /api/show", async () => {
    fake.knobs.embedDimension = 384;
    expect(await embedOne("hello")).toHaveLength(384);
    const shown = (await (await post("/api/show", { model: "nomic-embed-text" })).json()) as {
      model_info: Record<string, unknown>;
    };
    expect(shown.model_info["nomic-bert.embedding_length"]).toBe(384);
  });

  it("rejects over-long input only when truncate is false", async () => {
    const long = "word ".repeat(3000);
    expect((await post("/api/embed", { model: "nomic-embed-text", input: [long] })).status).toBe(200);
    const rejected = await post("/api/embed", { model: "nomic-embed-text", input: [long], truncate: false });
    expect(rejected.status).toBe(400);
    expect(await rejected.json()).toHaveProperty("error");
  });

  it.each([
    ["an unknown model", { model: "nope", input: "x" }, 404],
    ["a chat model", { model: "llama3.1:8b", input: "x" }, 400],
    ["a non-string input", { model: "nomic-embed-text", input: [1, 2] }, 400],
  ])("answers an error for %s", async (_name, body, status) => {
    const response = await post("/api/embed", body);
    expect(response.status).toBe(status);
    expect(await response.json()).toHaveProperty("error");
  });
});

describe("fake Ollama: /api/chat", () => {
  it("streams NDJSON, one token per line, then a done line with stats", async () => {
    const response = await post("/api/chat", { model: "llama3.1:8b", messages: RAG_PROMPT });
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await response.text())
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const last = lines.at(-1);
    expect(last).toMatchObject({
      done: true,
      done_reason: "stop",
      message: { role: "assistant", content: "" },
    });
    for (const field of [
      "total_duration",
      "load_duration",
      "prompt_eval_count",
      "eval_count",
      "eval_duration",
    ]) {
      expect(last?.[field]).toBeTypeOf("number");
    }
    const text = lines.map((line) => (line.message as { content: string }).content).join("");
    expect(text).toBe("According to the documents, Refunds are issued within 30 days of purchase [2].");
    expect(lines.slice(0, -1).every((line) => line.done === false)).toBe(true);
    expect(last?.eval_count).toBe(lines.length - 1);
  });

  it("flushes tokens as they are generated", async () => {
    fake.knobs.tokenDelayMs = 100;
    const startedAt = Date.now();
    const response = await post("/api/chat", { model: "llama3.1:8b", messages: RAG_PROMPT });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toContain('"content":"According "');
    expect(Date.now() - startedAt).toBeLessThan(500);
    await reader?.cancel();
  });

  it("answers with one object when stream is false", async () => {
    const response = await post("/api/chat", { model: "llama3.1:8b", messages: RAG_PROMPT, stream: false });
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { message: { content: string }; done: boolean };
    expect(body.done).toBe(true);
    expect(body.message.content).toContain("[2]");
  });

  it("uses the abstention phrase from the system prompt when no source matches", async () => {
    const messages = [
      RAG_PROMPT[0],
      { ...RAG_PROMPT[1], content: "Sources:\n\n[1] (x, page 1)\nCats.\n\nQuestion: taxes?" },
    ];
    const body = (await (
      await post("/api/chat", { model: "llama3.1:8b", messages, stream: false })
    ).json()) as {
      message: { content: string };
    };
    expect(body.message.content).toBe("Not in the documents.");
  });

  it("gives a generic answer without sources, and honours reply / appendSentence", async () => {
    const plain = [{ role: "user", content: "hi" }];
    const ask = async () =>
      (
        (await (
          await post("/api/chat", { model: "llama3.1:8b", messages: plain, stream: false })
        ).json()) as {
          message: { content: string };
        }
      ).message.content;
    expect(await ask()).toMatch(/fake Ollama/);
    fake.knobs.reply = "Fixed answer [1].";
    fake.knobs.appendSentence = "The moon is made of cheese.";
    expect(await ask()).toBe("Fixed answer [1]. The moon is made of cheese.");
  });

  it("stops at num_predict with done_reason length, and counts prompts longer than num_ctx", async () => {
    const options = { num_predict: 3, num_ctx: 16 };
    const response = await post("/api/chat", {
      model: "llama3.1:8b",
      messages: RAG_PROMPT,
      stream: false,
      options,
    });
    expect(await response.json()).toMatchObject({
      done_reason: "length",
      eval_count: 3,
      prompt_eval_count: 16,
    });
    expect(fake.counters.truncatedPrompts).toBe(1);
  });

  it("answers 404 for an unknown model and 400 for an embedding model", async () => {
    const unknown = await post("/api/chat", { model: "mistral", messages: RAG_PROMPT });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'model "mistral" not found, try pulling it first' });
    expect((await post("/api/chat", { model: "nomic-embed-text", messages: RAG_PROMPT })).status).toBe(400);
  });

  it("ends the stream with an error line after streamError.afterTokens", async () => {
    fake.knobs.streamError = { afterTokens: 2, message: "llama runner process has terminated" };
    const lines = (await (await post("/api/chat", { model: "llama3.1:8b", messages: RAG_PROMPT })).text())
      .trimEnd()
      .split("\n");
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] ?? "")).toEqual({ error: "llama runner process has terminated" });
  });

  it("drops the connection mid-stream after dropStreamAfterTokens", async () => {
    fake.knobs.dropStreamAfterTokens = 2;
    const response = await post("/api/chat", { model: "llama3.1:8b", messages: RAG_PROMPT });
    await expect(response.text()).rejects.toThrow();
    expect(fake.counters.droppedStreams).toBe(1);
    expect(fake.counters.abortedStreams).toBe(0);
  });
});
