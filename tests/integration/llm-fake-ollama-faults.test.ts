import { Ollama } from "ollama";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeOllama, startFakeOllama, waitUntil } from "../fake-ollama/server";
import { RAG_PROMPT } from "../support/rag-prompt";

/** The fake's fault knobs, and the fake as the official ollama client sees it. */
let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${fake.url}${path}`, { method: "POST", body: JSON.stringify(body) });
}

describe("fake Ollama: failure knobs", () => {
  it("fails the next N matching requests with the given status", async () => {
    fake.knobs.failNext = { path: "/api/embed", status: 500, count: 2 };
    expect((await fetch(`${fake.url}/api/version`)).status).toBe(200);
    const failed = await post("/api/embed", { model: "nomic-embed-text", input: "x" });
    expect(failed.status).toBe(500);
    expect(await failed.json()).toHaveProperty("error");
    expect((await post("/api/embed", { model: "nomic-embed-text", input: "x" })).status).toBe(500);
    expect((await post("/api/embed", { model: "nomic-embed-text", input: "x" })).status).toBe(200);
    expect(fake.knobs.failNext).toBeNull();
  });

  it("can reset the connection instead of answering", async () => {
    fake.knobs.failNext = { status: 0, count: 1, resetConnection: true };
    await expect(fetch(`${fake.url}/api/version`)).rejects.toThrow();
    expect((await fetch(`${fake.url}/api/version`)).status).toBe(200);
  });

  it("delays responses by latencyMs", async () => {
    fake.knobs.latencyMs = 150;
    const startedAt = Date.now();
    await fetch(`${fake.url}/api/version`);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it("answers 200 with a body that is not JSON", async () => {
    fake.knobs.garbage = true;
    const response = await fetch(`${fake.url}/api/version`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it("answers 200 with JSON of the wrong shape", async () => {
    fake.knobs.garbage = "wrong-shape";
    const response = await post("/api/embed", { model: "nomic-embed-text", input: "x" });
    expect(response.status).toBe(200);
    expect(await response.json()).not.toHaveProperty("embeddings");
  });

  it("refuses connections while stopped and serves again on the same port after start", async () => {
    await fake.stop();
    await expect(fetch(`${fake.url}/api/version`)).rejects.toThrow();
    await fake.start();
    expect((await fetch(`${fake.url}/api/version`)).status).toBe(200);
  });

  it("logs requests and resets knobs, log and counters", async () => {
    await post("/api/show", { model: "llama3.1:8b" });
    expect(fake.requests.at(-1)).toEqual({
      method: "POST",
      path: "/api/show",
      body: { model: "llama3.1:8b" },
    });
    fake.knobs.latencyMs = 999;
    fake.reset();
    expect(fake.requests).toEqual([]);
    expect(fake.knobs.latencyMs).toBe(0);
    expect(fake.counters.embedCalls).toBe(0);
  });
});

describe("fake Ollama with the official ollama client", () => {
  const client = () => new Ollama({ host: fake.url });

  it("lists, shows and embeds", async () => {
    const list = await client().list();
    expect(list.models.map((model) => model.name)).toContain("llama3.1:8b");
    const shown = await client().show({ model: "llama3.1:8b" });
    expect(shown.capabilities).toEqual(["completion"]);
    const embedded = await client().embed({ model: "nomic-embed-text", input: ["a", "b"] });
    expect(embedded.embeddings).toHaveLength(2);
    expect((await client().version()).version).toBe("0.12.6");
  });

  it("streams a chat to completion", async () => {
    const stream = await client().chat({ model: "llama3.1:8b", messages: RAG_PROMPT, stream: true });
    let text = "";
    let last: { done: boolean; done_reason: string } | undefined;
    for await (const part of stream) {
      text += part.message.content;
      last = part;
    }
    expect(text).toContain("Refunds are issued within 30 days of purchase [2].");
    expect(last).toMatchObject({ done: true, done_reason: "stop" });
    expect(fake.counters.completedStreams).toBe(1);
  });

  it("sees an aborted stream as a closed connection", async () => {
    fake.knobs.tokenDelayMs = 50;
    const stream = await client().chat({ model: "llama3.1:8b", messages: RAG_PROMPT, stream: true });
    const consume = async () => {
      for await (const part of stream) {
        if (part.message.content) stream.abort();
      }
    };
    await expect(consume()).rejects.toThrow(/abort/i);
    await waitUntil(() => fake.counters.abortedStreams === 1);
    expect(fake.counters.completedStreams).toBe(0);
  });

  it("surfaces Ollama's error body and status", async () => {
    await expect(client().show({ model: "absent" })).rejects.toMatchObject({ status_code: 404 });
    fake.knobs.failNext = { status: 500, count: 1, body: { error: "llama runner process has terminated" } };
    await expect(client().embed({ model: "nomic-embed-text", input: "x" })).rejects.toThrow(
      "llama runner process has terminated",
    );
  });
});
