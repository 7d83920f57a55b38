import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationsAs, eventData } from "../support/conversation-client";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import type { SseEvent } from "../support/read-sse";
import { api } from "../support/route-client";

/** Sentences that give each page its bulk (so each page is its own chunk) without the test's key words. */
function filler(topic: string, words: string[]): string[] {
  return words.map(
    (word, i) =>
      `Section ${topic} ${i + 1} describes the ${word} checks that the ward team records every shift.`,
  );
}

/**
 * Page 2 gives the adult dose, page 3 the dose for children, page 4 talks about children a lot
 * but about visits, not medicine. "and for children?" alone finds page 4; rewritten with the
 * first question's words it finds page 3.
 */
const PAGES = [
  {
    heading: "Formulary overview",
    lines: [
      "This formulary lists the medicines approved for adults and older patients on the medical wards.",
      ...filler("one", [
        "storage",
        "labelling",
        "ordering",
        "returns",
        "audit",
        "stock",
        "cabinet",
        "fridge",
      ]),
    ],
  },
  {
    heading: "Zorvaprine for adults",
    lines: [
      "For adults the usual daily dose of zorvaprine is 40 mg, taken once in the morning with food.",
      ...filler("two", ["kidney", "liver", "pressure", "pulse", "weight", "allergy", "interaction", "rash"]),
    ],
  },
  {
    heading: "Zorvaprine for younger patients",
    lines: [
      "For children the usual daily dose of zorvaprine is 1 mg per kilogram of body weight, split into two.",
      "Children weighing under ten kilograms are referred to the specialist team first.",
      ...filler("three", [
        "growth",
        "feeding",
        "sleep",
        "temperature",
        "hydration",
        "school",
        "parent",
        "chart",
      ]),
    ],
  },
  {
    heading: "Family visits",
    lines: [
      "Children are welcome on the wards. Children under twelve come with adults, and children play in the garden room.",
      ...filler("four", ["badge", "reception", "quiet", "parking", "lift", "canteen", "garden", "toys"]),
    ],
  },
];

const FIRST_QUESTION = "What is the usual daily dose of zorvaprine for adults?";
const FOLLOW_UP = "and for children?";

let harness: Harness;
let documentId: string;
const client = conversationsAs();

interface Done {
  citations: Array<{ documentId: string; pageStart: number }>;
  abstained: boolean;
}

function citedPages(events: SseEvent[]): number[] {
  const done = eventData<Done>(events, "done");
  if (!done || done.abstained) return [];
  return done.citations.filter((c) => c.documentId === documentId).map((c) => c.pageStart);
}

beforeAll(async () => {
  harness = await startHarness();
  const pdf = await makePdf(PAGES, { title: "Ward formulary" });
  const response = await api.upload([{ name: "ward-formulary.pdf", bytes: pdf, type: "application/pdf" }]);
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  documentId = body.documents[0]?.id ?? "";
  await harness.drainQueue();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("a follow-up question in the same conversation", () => {
  it("retrieves the right page because of the rewrite, and the wrong one without it", async () => {
    const first = await client.askAll({ question: FIRST_QUESTION });
    const conversation = eventData<{ conversationId: string }>(first, "conversation");
    expect(first[0]?.event).toBe("conversation");
    expect(first.some((event) => event.event === "rewrite")).toBe(false);
    expect(citedPages(first)).toEqual([2]);

    const chatCallsBefore = harness.fake.counters.chatCalls;
    const followUp = await client.askAll({
      question: FOLLOW_UP,
      conversationId: conversation?.conversationId,
    });
    const names = followUp.map((event) => event.event);
    expect(names.indexOf("rewrite")).toBeGreaterThan(names.indexOf("conversation"));
    expect(names.indexOf("rewrite")).toBeLessThan(names.indexOf("sources"));
    const rewrite = eventData<{ query: string; original: string; fallback?: string }>(followUp, "rewrite");
    expect(rewrite?.original).toBe(FOLLOW_UP);
    expect(rewrite?.fallback).toBeUndefined();
    expect(rewrite?.query.toLowerCase()).toContain("zorvaprine");
    // One rewrite call and one answer call.
    expect(harness.fake.counters.chatCalls - chatCallsBefore).toBe(2);
    expect(citedPages(followUp)).toEqual([3]);
    expect(eventData(followUp, "history")).toEqual({ includedTurns: 1, summarisedTurns: 0, droppedTurns: 0 });

    // The answer prompt carries the person's own question and the earlier turn, not the rewrite.
    const answerCall = harness.fake.requests.filter((request) => request.path === "/api/chat").at(-1);
    const messages =
      (answerCall?.body as { messages?: Array<{ role: string; content: string }> } | undefined)?.messages ??
      [];
    expect(messages.at(-1)?.content).toContain(`Question: ${FOLLOW_UP}`);
    expect(messages.some((message) => message.role === "user" && message.content === FIRST_QUESTION)).toBe(
      true,
    );

    // The control: the same words as the first question of a fresh conversation.
    const control = await client.askAll({ question: FOLLOW_UP });
    expect(control.some((event) => event.event === "rewrite")).toBe(false);
    expect(eventData(control, "done")).toBeDefined();
    expect(citedPages(control)).not.toContain(3);
  });
});
