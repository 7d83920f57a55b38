import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnswer } from "@/db/queries/answers";
import { getDocumentPage } from "@/db/queries/document-pages";
import type { ClaimView, SourceView } from "@/lib/answer/answer-events";
import { HANDBOOK_FACT_PAGE, HANDBOOK_QUESTION, handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

const INVENTED = "Patients should also take 500 mg of vitamin C daily.";
const FACT =
  "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius for eighteen minutes.";

let harness: Harness;
let handbookId: string;

beforeAll(async () => {
  harness = await startHarness();
  const pdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
  const response = await api.upload([{ name: "clinic-handbook.pdf", bytes: pdf, type: "application/pdf" }]);
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  handbookId = body.documents[0]?.id ?? "";
  await harness.drainQueue();
});

afterAll(async () => {
  await harness?.close();
});

async function ask(question: string) {
  const events = await readSse(await api.ask({ question }));
  const sources = events.find((e) => e.event === "sources")?.data as { sources: SourceView[] };
  const done = events.at(-1);
  expect(done?.event).toBe("done");
  return {
    sources: sources.sources,
    done: done?.data as { answerId: string; answer: string; claims: ClaimView[] },
  };
}

/** Embed requests of the claim check: the ones that carried this sentence of the answer. */
function embedRequestsWith(sentence: string): number {
  return harness.fake.requests.filter((request) => {
    const input = (request.body as { input?: unknown } | null)?.input;
    return (
      request.path === "/api/embed" &&
      Array.isArray(input) &&
      input.some((text) => String(text).includes(sentence))
    );
  }).length;
}

function pageText(page: number): string {
  return getDocumentPage(harness.services.db, handbookId, page)?.text ?? "";
}

describe("claim check on a finished answer", () => {
  it("marks an invented sentence unsupported and the grounded one supported, with a span on the cited page", async () => {
    harness.fake.knobs.appendSentence = INVENTED;
    const { done } = await ask(HANDBOOK_QUESTION);
    harness.fake.knobs.appendSentence = null;

    expect(done.answer).toContain(INVENTED);
    expect(done.claims).toHaveLength(2);
    const [grounded, invented] = done.claims;
    expect(invented).toEqual({ text: INVENTED, citations: [], support: "unsupported" });
    expect(grounded).toMatchObject({ citations: [1], support: "supported" });
    expect(grounded?.text).toContain("134 degrees Celsius");
    expect(grounded?.span).toMatchObject({ documentId: handbookId, page: HANDBOOK_FACT_PAGE });
    // The offsets select exactly the quoted words in the stored page text.
    const span = grounded?.span;
    expect(pageText(HANDBOOK_FACT_PAGE).slice(span?.start, span?.end).replace(/\s+/g, " ")).toBe(FACT);

    const stored = getAnswer(harness.services.db, done.answerId);
    expect(stored?.claims).toEqual(done.claims);
  });

  it("locates every source's passage on its first page and stores it with the answer", async () => {
    const { sources, done } = await ask(HANDBOOK_QUESTION);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.passage?.page).toBe(source.pageStart);
      const located = pageText(source.pageStart).slice(source.passage?.start, source.passage?.end);
      // The highlighted words open the chunk, whatever the whitespace between them.
      expect(located.length).toBeGreaterThan(20);
      expect(source.snippet.length).toBeGreaterThan(0);
    }
    const stored = getAnswer(harness.services.db, done.answerId);
    expect(stored?.sources.map((s) => [s.passagePage, s.passageStart, s.passageEnd])).toEqual(
      sources.map((s) => [s.passage?.page, s.passage?.start, s.passage?.end]),
    );
    expect(done.claims.map((claim) => claim.support)).toEqual(["supported"]);
  });

  it("checks nothing and stores no claims when the answer is an abstention", async () => {
    const { done } = await ask("Which river flows through the capital of Mongolia?");
    expect(done.claims).toEqual([]);
    expect(getAnswer(harness.services.db, done.answerId)?.claims).toBeNull();
  });

  it("asks the embedding model where the words leave a claim open, and decides by words alone when it fails", async () => {
    // No numbers to pin it down, and words shared with many handbook lines.
    const paraphrase = "Wrapped instruments are sterilised in the autoclave";
    harness.fake.knobs.reply = `${paraphrase} [1].`;
    try {
      const first = await ask(HANDBOOK_QUESTION);
      expect(first.done.claims).toHaveLength(1);
      expect(embedRequestsWith(paraphrase)).toBe(1);

      harness.fake.knobs.failNext = { path: "/api/embed", status: 500, count: 1_000 };
      const second = await ask(HANDBOOK_QUESTION);
      expect(embedRequestsWith(paraphrase)).toBeGreaterThan(1);
      expect(second.done.claims).toEqual([
        expect.objectContaining({ text: `${paraphrase} [1].`, support: expect.any(String) }),
      ]);
      expect(getAnswer(harness.services.db, second.done.answerId)?.claims).toEqual(second.done.claims);
    } finally {
      harness.fake.knobs.failNext = null;
      harness.fake.knobs.reply = null;
    }
  });
});
