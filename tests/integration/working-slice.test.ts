import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnswer } from "@/db/queries/answers";
import { claimNextJob } from "@/db/queries/jobs";
import { HANDBOOK_FACT_PAGE, HANDBOOK_QUESTION, handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

let harness: Harness;
let handbookPdf: Uint8Array;
let handbookId: string;

beforeAll(async () => {
  harness = await startHarness();
  handbookPdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
});

afterAll(async () => {
  await harness?.close();
});

describe("the working slice: upload a PDF, ask, get the page cited", () => {
  it("accepts an upload with 202 and ingests it to ready", async () => {
    const response = await api.upload([
      { name: "clinic-handbook.pdf", bytes: handbookPdf, type: "application/pdf" },
    ]);
    expect(response.status).toBe(202);
    const body = (await response.json()) as {
      documents: Array<{ id: string; title: string; status: string }>;
    };
    expect(body.documents).toHaveLength(1);
    const [uploaded] = body.documents;
    expect(uploaded?.title).toBe("clinic-handbook");
    expect(uploaded?.status).toBe("queued");
    handbookId = uploaded?.id ?? "";

    await harness.drainQueue();
    const detail = (await (await api.get(handbookId)).json()) as Record<string, unknown>;
    expect(detail).toMatchObject({ id: handbookId, mimeType: "application/pdf", pages: 4, status: "ready" });
    expect(detail.chunks).toBeGreaterThan(0);
    expect(detail.embeddedChunks).toBe(detail.chunks);
  });

  it("finds the fact's page with hybrid search", async () => {
    const response = await api.search("autoclave temperature for wrapped instruments", 5);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      mode: string;
      results: Array<{ documentId: string; pageStart: number; pageEnd: number; snippet: string }>;
    };
    expect(body.mode).toBe("hybrid");
    expect(body.results[0]).toMatchObject({ documentId: handbookId, pageStart: HANDBOOK_FACT_PAGE });
    expect(body.results[0]?.snippet.toLowerCase()).toContain("autoclave");
  });

  it("streams an answer that cites the document and page, and stores model name and digest", async () => {
    const response = await api.ask({ question: HANDBOOK_QUESTION });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = await readSse(response);
    const names = events.map((e) => e.event);
    expect(names.slice(0, 2)).toEqual(["conversation", "sources"]);
    expect(names.filter((n) => n === "token").length).toBeGreaterThan(3);
    expect(names.at(-1)).toBe("done");

    const done = events.at(-1)?.data as {
      answerId: string;
      answer: string;
      abstained: boolean;
      citations: Array<{ n: number; documentId: string; pageStart: number; pageEnd: number }>;
      model: { name: string; digest: string | null };
    };
    expect(done.abstained).toBe(false);
    expect(done.answer).toContain("134 degrees");
    expect(done.citations.length).toBeGreaterThan(0);
    expect(done.citations[0]).toMatchObject({
      documentId: handbookId,
      pageStart: HANDBOOK_FACT_PAGE,
      pageEnd: HANDBOOK_FACT_PAGE,
    });
    expect(done.model.name).toBe("llama3.1:8b");
    expect(done.model.digest).toMatch(/^[0-9a-f]{64}$/);

    const tokens = events.filter((e) => e.event === "token").map((e) => String(e.data.text));
    expect(tokens.join("").trim()).toBe(done.answer);

    const stored = getAnswer(harness.services.db, done.answerId);
    expect(stored).toMatchObject({
      modelName: "llama3.1:8b",
      modelDigest: done.model.digest,
      abstained: false,
      status: "complete",
    });
    expect(stored?.sources.filter((s) => s.cited).map((s) => s.pageStart)).toContain(HANDBOOK_FACT_PAGE);

    // The prompt was budgeted and num_ctx sent explicitly, so the host never truncates silently.
    const chat = harness.fake.requests.filter((r) => r.path === "/api/chat").at(-1);
    expect((chat?.body as { options?: { num_ctx?: number } } | undefined)?.options?.num_ctx).toBe(8192);
  });

  it("does not call the model when the documents do not contain the answer", async () => {
    const chatsBefore = harness.fake.requests.filter((r) => r.path === "/api/chat").length;
    const events = await readSse(
      await api.ask({ question: "Which river flows through the capital of Mongolia?" }),
    );
    const done = events.at(-1)?.data as { abstained: boolean; answer: string; citations: unknown[] };
    expect(events.at(-1)?.event).toBe("done");
    expect(done.abstained).toBe(true);
    expect(done.citations).toEqual([]);
    expect(done.answer).toMatch(/do not contain/);
    expect(harness.fake.requests.filter((r) => r.path === "/api/chat").length).toBe(chatsBefore);
  });

  it("re-uploading the same file changes nothing", async () => {
    const before = (await (await api.get(handbookId)).json()) as { chunks: number };
    const response = await api.upload([{ name: "renamed-copy.pdf", bytes: handbookPdf }]);
    expect(response.status).toBe(202);
    const body = (await response.json()) as { documents: Array<{ id: string; duplicate: boolean }> };
    expect(body.documents[0]).toMatchObject({ id: handbookId, duplicate: true });
    expect(claimNextJob(harness.services.db, "probe")).toBeUndefined();
    const list = (await (await api.list()).json()) as { documents: unknown[] };
    expect(list.documents).toHaveLength(1);
    expect(await harness.services.store.countChunks({ documentIds: [handbookId] })).toBe(before.chunks);
  });

  it("serves the original bytes", async () => {
    const response = await api.file(handbookId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(handbookPdf);
  });

  it("deleting a document removes its chunks and its file", async () => {
    const filesDir = path.join(harness.dataDir, "files");
    expect(fs.readdirSync(filesDir)).toHaveLength(1);
    expect((await api.remove(handbookId)).status).toBe(204);
    expect(await harness.services.store.countChunks({ documentIds: [handbookId] })).toBe(0);
    expect(fs.readdirSync(filesDir)).toHaveLength(0);
    expect((await api.get(handbookId)).status).toBe(404);
    const search = (await (await api.search("autoclave")).json()) as { results: unknown[] };
    expect(search.results).toEqual([]);
  });
});
