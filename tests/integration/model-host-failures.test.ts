import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { putSetting } from "@/db/queries/settings";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

let harness: Harness;

const PROTOCOL = [
  "# Hand hygiene protocol",
  "",
  "Staff disinfect their hands with alcohol rub before and after every patient contact.",
  "",
  "## Glove changes",
  "",
  "Gloves are changed between patients and whenever they are torn or visibly soiled.",
].join("\n");

interface DocumentBody {
  status: string;
  chunks: number;
  embeddedChunks: number;
}

async function uploadText(name: string, text: string): Promise<string> {
  const response = await api.upload([{ name, bytes: new TextEncoder().encode(text), type: "text/markdown" }]);
  expect(response.status).toBe(202);
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  return body.documents[0]?.id ?? "";
}

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  harness.fake.reset();
  await harness.fake.start().catch(() => undefined);
});

describe("when the model host is unreachable", () => {
  it("still ingests, searches by keyword, and backfills embeddings when the host returns", async () => {
    await harness.fake.stop();
    const id = await uploadText("hygiene.md", PROTOCOL);
    await harness.drainQueue();

    const pending = (await (await api.get(id)).json()) as DocumentBody;
    expect(pending.status).toBe("ready");
    expect(pending.chunks).toBeGreaterThan(0);
    expect(pending.embeddedChunks).toBe(0);

    const keyword = (await (await api.search("alcohol rub hands")).json()) as {
      mode: string;
      results: Array<{ documentId: string }>;
    };
    expect(keyword.mode).toBe("keyword");
    expect(keyword.results[0]?.documentId).toBe(id);

    const health = (await (await api.health()).json()) as { status: string; ollama: { ok: boolean } };
    expect(health).toMatchObject({ status: "degraded", ollama: { ok: false } });

    await harness.fake.start();
    await harness.drainQueue();
    const filled = (await (await api.get(id)).json()) as DocumentBody;
    expect(filled.embeddedChunks).toBe(filled.chunks);
    const hybrid = (await (await api.search("alcohol rub hands")).json()) as {
      mode: string;
      results: Array<{ documentId: string }>;
    };
    expect(hybrid.mode).toBe("hybrid");
    expect(hybrid.results[0]?.documentId).toBe(id);
  });

  it("shows the passages and then a clear error when asking", async () => {
    await harness.fake.stop();
    const events = await readSse(
      await api.ask({ question: "When do staff change gloves between patients?" }),
    );
    expect(events.slice(0, 2).map((event) => event.event)).toEqual(["conversation", "sources"]);
    expect(events.at(-1)?.event).toBe("error");
    expect(events.at(-1)?.data).toMatchObject({ code: "MODEL_UNAVAILABLE" });
    expect(String(events.at(-1)?.data.message)).toMatch(/unreachable/i);
  });
});

describe("when the model host misbehaves", () => {
  it("reports a stream dropped mid-answer as an error and keeps the partial answer", async () => {
    harness.fake.knobs.dropStreamAfterTokens = 3;
    const events = await readSse(
      await api.ask({ question: "When do staff change gloves between patients?" }),
    );
    expect(events.filter((e) => e.event === "token").length).toBeGreaterThan(0);
    expect(events.at(-1)?.event).toBe("error");
    expect(events.at(-1)?.data).toMatchObject({ code: "MODEL_ERROR" });
  });

  it("reports a missing chat model with the command that installs it", async () => {
    harness.fake.knobs.models = harness.fake.knobs.models.filter((m) => m.name !== "llama3.1:8b");
    const events = await readSse(
      await api.ask({ question: "When do staff change gloves between patients?" }),
    );
    expect(events.at(-1)?.event).toBe("error");
    expect(String(events.at(-1)?.data.message)).toContain("ollama pull llama3.1:8b");
  });

  it("cancels generation on the model host when the client disconnects", async () => {
    harness.fake.knobs.tokenDelayMs = 40;
    const controller = new AbortController();
    const response = await api.ask(
      { question: "When do staff change gloves between patients?" },
      { signal: controller.signal },
    );
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let seen = "";
    while (!seen.includes("event: token")) {
      const next = await reader?.read();
      if (!next || next.done) break;
      seen += decoder.decode(next.value);
    }
    controller.abort();
    await reader?.cancel();
    await expect.poll(() => harness.fake.counters.abortedStreams, { timeout: 5000 }).toBe(1);
    expect(harness.fake.counters.completedStreams).toBe(0);
  });

  it("embeds in batches of at least 32 inputs", async () => {
    const paragraphs = Array.from(
      { length: 600 },
      (_, i) =>
        `Paragraph ${i} describes ward routine number ${i}: the nurse in charge checks medication trolley ${i}, records fridge temperature ${i}, and signs the handover sheet for bay ${i} before the shift ends.`,
    );
    await uploadText("routines.txt", paragraphs.join("\n\n"));
    await harness.drainQueue();
    const sizes = harness.fake.counters.embedBatchSizes.filter((n) => n > 1);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes[0]).toBeGreaterThanOrEqual(
      Math.min(
        32,
        sizes.reduce((a, b) => a + b, 0),
      ),
    );
  });

  it("detects a changed embedding model, reports it and falls back to keyword search", async () => {
    putSetting(harness.services.db, "index.embedModel", "all-minilm");
    const health = (await (await api.health()).json()) as {
      status: string;
      embeddings: { reembedNeeded: boolean };
    };
    expect(health.status).toBe("degraded");
    expect(health.embeddings.reembedNeeded).toBe(true);
    const search = (await (await api.search("alcohol rub hands")).json()) as {
      mode: string;
      results: unknown[];
    };
    expect(search.mode).toBe("keyword");
    expect(search.results.length).toBeGreaterThan(0);
    putSetting(harness.services.db, "index.embedModel", "nomic-embed-text");
  });
});
