import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnswer } from "@/db/queries/answers";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

let harness: Harness;

const policy = (closing: string) =>
  `# Visiting policy\n\nVisitors may stay on the wards until ${closing} every evening, including weekends.\n`;

interface DocumentBody {
  id: string;
  status: string;
  version: number;
  supersededBy: string | null;
  effectiveDate: string | null;
}

async function upload(text: string): Promise<{ id: string; version: number; duplicate: boolean }> {
  const response = await api.upload([{ name: "visiting-policy.md", bytes: new TextEncoder().encode(text) }]);
  expect(response.status).toBe(202);
  const body = (await response.json()) as {
    documents: Array<{ id: string; version: number; duplicate: boolean }>;
  };
  const [first] = body.documents;
  if (!first) throw new Error("no document in the upload response");
  return first;
}

async function document(id: string): Promise<DocumentBody> {
  return (await (await api.get(id)).json()) as DocumentBody;
}

async function searchDocumentIds(q: string): Promise<string[]> {
  const body = (await (await api.search(q)).json()) as { results: Array<{ documentId: string }> };
  return [...new Set(body.results.map((r) => r.documentId))];
}

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("document versions", () => {
  let v1: string;
  let v2: string;
  let answerId: string;

  it("a changed file with the same name becomes version 2 and replaces version 1 once ready", async () => {
    const first = await upload(policy("8 pm"));
    v1 = first.id;
    expect(first.version).toBe(1);
    await harness.drainQueue();
    const events = await readSse(await api.ask({ question: "Until when may visitors stay on the wards?" }));
    const done = events.at(-1)?.data as { answerId: string; citations: Array<{ documentId: string }> };
    expect(done.citations[0]?.documentId).toBe(v1);
    answerId = done.answerId;

    const second = await upload(policy("9 pm"));
    v2 = second.id;
    expect(second).toMatchObject({ version: 2, duplicate: false });
    expect(v2).not.toBe(v1);
    // While version 2 is processing, version 1 keeps answering.
    expect(await searchDocumentIds("visitors wards evening")).toEqual([v1]);

    await harness.drainQueue();
    expect(await document(v1)).toMatchObject({ supersededBy: v2, version: 1 });
    expect(await document(v2)).toMatchObject({ status: "ready", supersededBy: null, version: 2 });
    expect(await searchDocumentIds("visitors wards evening")).toEqual([v2]);
  });

  it("answers keep pointing at the version they cited", async () => {
    const stored = getAnswer(harness.services.db, answerId);
    expect(stored?.sources.find((s) => s.cited)?.documentId).toBe(v1);
    const file = await api.file(v1);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain("8 pm");
  });

  it("uploading the same bytes again is a duplicate, not a version", async () => {
    const again = await upload(policy("9 pm"));
    expect(again).toMatchObject({ id: v2, duplicate: true, version: 2 });
  });

  it("a version with a future effective date waits, then takes over when the date arrives", async () => {
    const third = await upload(policy("10 pm"));
    expect(third.version).toBe(3);
    expect((await api.patch(third.id, { effectiveDate: "2999-01-01" })).status).toBe(200);
    await harness.drainQueue();
    expect(await document(third.id)).toMatchObject({ status: "ready", effectiveDate: "2999-01-01" });
    expect(await searchDocumentIds("visitors wards evening")).toEqual([v2]);

    const updated = await api.patch(third.id, { effectiveDate: "2020-01-01" });
    expect(updated.status).toBe(200);
    expect(await document(v2)).toMatchObject({ supersededBy: third.id });
    expect(await searchDocumentIds("visitors wards evening")).toEqual([third.id]);
  });

  it.each([
    [{ effectiveDate: "next week" }, 400],
    [{ effectiveDate: "2026-02-30x" }, 400],
    [{}, 400],
  ])("rejects %j with %i", async (body, status) => {
    expect((await api.patch(v2, body)).status).toBe(status);
  });

  it("refuses to date a superseded version", async () => {
    const response = await api.patch(v1, { effectiveDate: null });
    expect(response.status).toBe(409);
  });
});
