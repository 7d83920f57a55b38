import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportApiAs } from "../support/export-route-client";
import { HANDBOOK_QUESTION, handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { readPdfPages } from "../support/read-pdf-text";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

let harness: Harness;
let conversationId: string;
let answer: string;

beforeAll(async () => {
  harness = await startHarness();
  const upload = await api.upload([
    {
      name: "clinic-handbook.pdf",
      bytes: await makePdf(handbookPages(), { title: "Clinic handbook" }),
      type: "application/pdf",
    },
  ]);
  expect(upload.status).toBe(202);
  await harness.drainQueue();
  const asked = await api.ask({ question: HANDBOOK_QUESTION });
  expect(asked.status).toBe(200);
  conversationId = asked.headers.get("x-conversation-id") ?? "";
  const done = (await readSse(asked)).find((event) => event.event === "done")?.data as { answer: string };
  answer = done.answer;
  expect(conversationId).not.toBe("");
  expect(answer).toMatch(/\[\d+\]/);
});

afterAll(async () => {
  await harness?.close();
});

describe("GET /api/conversations/[id]/export", () => {
  it.each([
    { format: undefined, type: "text/markdown", extension: "md" },
    { format: "md", type: "text/markdown", extension: "md" },
    { format: "pdf", type: "application/pdf", extension: "pdf" },
  ])(
    "format=$format downloads a $extension attachment with a safe file name",
    async ({ format, type, extension }) => {
      const response = await exportApiAs().get(conversationId, format);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain(type);
      expect(response.headers.get("content-disposition")).toMatch(
        new RegExp(`^attachment; filename="quire-[a-z0-9-]+\\.${extension}"$`),
      );
      expect(response.headers.get("cache-control")).toBe("no-store");
    },
  );

  it("Markdown holds the question, the cited answer, the source with its page and the model", async () => {
    const markdown = await (await exportApiAs().get(conversationId, "md")).text();
    expect(markdown).toContain(`## 1. ${HANDBOOK_QUESTION}`);
    expect(markdown).toContain(answer.trim());
    expect(markdown).toMatch(/- \[\d+\] clinic-handbook, page \d+ \(cited\)/);
    expect(markdown).toMatch(/\*Answered by [^*]+\.\*/);
  });

  it("the PDF parses and its text holds the question, the answer and the source title", async () => {
    const response = await exportApiAs().get(conversationId, "pdf");
    const text = (await readPdfPages(new Uint8Array(await response.arrayBuffer()))).pages.join(" ");
    expect(text).toContain(HANDBOOK_QUESTION);
    expect(text).toContain("134 degrees");
    expect(text).toContain("clinic-handbook, page");
    expect(text).toContain("Page 1 of");
  });

  it.each([
    { name: "a reader who does not own it", role: "reader" as const },
    { name: "another admin", role: "admin" as const },
  ])("answers 404 to $name, exactly as for an unknown id", async ({ role }) => {
    const someone = await harness.signIn(role);
    for (const format of ["md", "pdf"]) {
      const foreign = await exportApiAs(someone.identity).get(conversationId, format);
      const unknown = await exportApiAs(someone.identity).get(randomUUID(), format);
      expect(foreign.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(await foreign.json()).toEqual(await unknown.json());
    }
  });

  it.each([
    { name: "an unknown format", id: () => conversationId, format: "docx" },
    { name: "a malformed id", id: () => "../../etc", format: "md" },
  ])("rejects $name with 400", async ({ id, format }) => {
    expect((await exportApiAs().get(id(), format)).status).toBe(400);
  });
});
