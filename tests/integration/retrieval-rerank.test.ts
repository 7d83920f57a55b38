import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { allCollections } from "@/lib/access/read-scope";
import type { IndexedChunk } from "@/lib/domain/types";
import { createLlmClient } from "@/lib/llm";
import { createListwiseReranker, RANKING_SCHEMA } from "@/lib/retrieval/rerank-listwise";
import { retrieve } from "@/lib/retrieval/retrieve";
import { openVectorStore, type VectorStore } from "@/lib/vector";
import { defaultModels, fakeChatModel } from "../fake-ollama/models";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { makeTempDir } from "../support/temp-dir";

const RERANK_MODEL = "qwen2.5:0.5b";

/**
 * BM25 sees only the text, where the decoys repeat the question's words; the rerank model
 * also reads each passage's title, and the (lexical) fake model rewards the chunk whose
 * title and text together share the most of the question's words.
 */
const CHUNKS: Array<[string, string, string]> = [
  ["often", "Notes", "Tide tide tide high high: the tide is high."],
  ["twice", "Notes", "Tide and high tide again."],
  ["answer", "Harbour tide times", "High water comes twice a day."],
];

function chunk([chunkId, title, text]: [string, string, string]): IndexedChunk {
  return {
    chunkId,
    documentId: `doc-${chunkId}`,
    collectionId: "col-1",
    title,
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    vector: null,
  };
}

const temp = makeTempDir("quire-rerank-");
let fake: FakeOllama;
let store: VectorStore;

function reranker(timeoutMs = 5_000) {
  const llm = createLlmClient({
    host: fake.url,
    chatModel: "llama3.1:8b",
    embedModel: "nomic-embed-text",
    embedBatchSize: 64,
    timeoutMs: 5_000,
    contextSize: 8192,
    retry: { attempts: 1 },
  });
  return createListwiseReranker(llm, RERANK_MODEL, { timeoutMs });
}

async function search(rerank: ReturnType<typeof reranker> | null) {
  return retrieve(
    { store, embedQuery: null, rerank },
    { query: "when is the tide high at the harbour", k: 3, scope: allCollections(), mode: "keyword" },
  );
}

beforeAll(async () => {
  fake = await startFakeOllama({ knobs: { models: [...defaultModels(), fakeChatModel(RERANK_MODEL)] } });
  store = await openVectorStore(temp.dir);
  await store.upsertChunks(CHUNKS.map(chunk));
  await store.optimize();
});
afterEach(() => fake.reset());
afterAll(async () => {
  store?.close();
  await fake?.close();
  temp.remove();
});

describe("listwise rerank through the fake Ollama", () => {
  it("moves the passage the model ranks first to the top and says it applied", async () => {
    const plain = await search(null);
    expect(plain.rerank).toBeUndefined();
    expect(plain.hits[0]?.chunkId).not.toBe("answer");

    const reranked = await search(reranker());
    expect(reranked.rerank).toBe("applied");
    expect(reranked.hits[0]?.chunkId).toBe("answer");
    expect(reranked.hits.map((hit) => hit.chunkId).sort()).toEqual(
      plain.hits.map((hit) => hit.chunkId).sort(),
    );
    // Scores stay sorted: positions keep theirs.
    expect(reranked.hits.map((hit) => hit.score)).toEqual(plain.hits.map((hit) => hit.score));

    const chat = fake.requests.find((request) => request.path === "/api/chat");
    expect(chat?.body).toMatchObject({
      model: `${RERANK_MODEL}`,
      format: RANKING_SCHEMA,
      options: { temperature: 0 },
    });
  });

  it("keeps the fused order when the host lacks the model", async () => {
    fake.knobs.models = defaultModels();
    const result = await search(reranker());
    expect(result.rerank).toBe(`skipped: the rerank model ${RERANK_MODEL} is not on the model host`);
    expect(result.hits.map((hit) => hit.chunkId)).toEqual(
      (await search(null)).hits.map((hit) => hit.chunkId),
    );
    expect(fake.counters.chatCalls).toBe(0);
  });

  it("keeps the fused order when the model replies with something other than the ranking", async () => {
    fake.knobs.reply = "Sure! The best passage is number 3.";
    const result = await search(reranker());
    expect(result.rerank).toBe(`skipped: the rerank model ${RERANK_MODEL} did not reply with a ranking`);
    expect(result.hits.map((hit) => hit.chunkId)).toEqual(
      (await search(null)).hits.map((hit) => hit.chunkId),
    );
  });

  it("keeps the fused order when the host fails or is too slow", async () => {
    fake.knobs.failNext = { path: "/api/chat", status: 500, count: 5, body: { error: "model crashed" } };
    const failed = await search(reranker());
    expect(failed.rerank).toMatch(/^skipped: the rerank model .* failed: /);

    fake.reset();
    fake.knobs.tokenDelayMs = 300;
    const slow = await search(reranker(200));
    expect(slow.rerank).toBe(`skipped: the rerank model ${RERANK_MODEL} took longer than 200 ms`);
    expect(slow.hits).toHaveLength(3);
  });
});
