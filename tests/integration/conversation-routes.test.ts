import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnswer, insertAnswer } from "@/db/queries/answers";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { ConversationSummary, ConversationView } from "@/lib/conversations/conversation-view";
import { UNAVAILABLE_SOURCE_TITLE } from "@/lib/conversations/read-conversation";
import { conversationsAs, eventData } from "../support/conversation-client";
import { handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse, type SseEvent } from "../support/read-sse";
import { api } from "../support/route-client";
import type { TestIdentity } from "../support/test-identity";

let harness: Harness;
const owner = conversationsAs();
let otherReader: ReturnType<typeof conversationsAs>;
let otherAdmin: ReturnType<typeof conversationsAs>;

const SHORT_QUESTION = "How long do autoclave cycles for wrapped instruments run?";
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

async function startConversation(question: string): Promise<{ id: string; events: SseEvent[] }> {
  const events = await owner.askAll({ question });
  return { id: eventData<{ conversationId: string }>(events, "conversation")?.conversationId ?? "", events };
}

async function view(id: string): Promise<ConversationView> {
  const response = await owner.read(id);
  expect(response.status).toBe(200);
  return (await response.json()) as ConversationView;
}

async function summaries(): Promise<ConversationSummary[]> {
  return ((await (await owner.list()).json()) as { conversations: ConversationSummary[] }).conversations;
}

function auditOf(action: string, targetId: string) {
  return listAuditEvents(harness.services, { action, targetId }, { limit: 10, offset: 0 }).events;
}

beforeAll(async () => {
  harness = await startHarness();
  const pdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
  await api.upload([{ name: "clinic-handbook.pdf", bytes: pdf, type: "application/pdf" }]);
  await harness.drainQueue();
  const as = async (role: "reader" | "admin"): Promise<TestIdentity> => (await harness.signIn(role)).identity;
  otherReader = conversationsAs(await as("reader"));
  otherAdmin = conversationsAs(await as("admin"));
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("starting and continuing a conversation", () => {
  it("creates one titled after the question and names it in a header and the first event", async () => {
    const response = await owner.ask({ question: `  ${SHORT_QUESTION}  ` });
    expect(response.status).toBe(200);
    const id = response.headers.get("x-conversation-id") ?? "";
    const events = await readSse(response);
    expect(events[0]).toEqual({
      event: "conversation",
      data: { conversationId: id, title: SHORT_QUESTION },
    });
    const stored = getAnswer(
      harness.services.db,
      eventData<{ answerId: string }>(events, "done")?.answerId ?? "",
    );
    expect(stored).toMatchObject({
      conversationId: id,
      userId: harness.admin.user.id,
      searchQuery: null,
      replacesAnswerId: null,
    });
  });

  it("cuts a long question's title at a word boundary", async () => {
    const question = `${"Which of the sterilisation procedures ".repeat(4)}applies to wrapped instruments?`;
    const { events } = await startConversation(question);
    const title = eventData<{ title: string }>(events, "conversation")?.title ?? "";
    expect(title.length).toBeLessThanOrEqual(81);
    expect(title.endsWith("…")).toBe(true);
    expect(question.startsWith(title.slice(0, -1))).toBe(true);
  });

  it("lists the caller's conversations by latest activity, with turn counts, and records the rewrite", async () => {
    const first = await startConversation("When may visitors enter the inpatient wards?");
    const second = await startConversation("Where is the fire assembly point?");
    expect((await summaries()).slice(0, 2).map((c) => c.id)).toEqual([second.id, first.id]);

    const followUp = await owner.askAll({ question: "and in the evening?", conversationId: first.id });
    const rewrite = eventData<{ query: string }>(followUp, "rewrite");
    expect(rewrite?.query).toMatch(/visitors/i);
    const list = await summaries();
    expect(list.slice(0, 2).map((c) => [c.id, c.turnCount])).toEqual([
      [first.id, 2],
      [second.id, 1],
    ]);

    const thread = await view(first.id);
    expect(thread.turns.map((turn) => turn.question)).toEqual([
      "When may visitors enter the inpatient wards?",
      "and in the evening?",
    ]);
    expect(thread.turns[0]?.searchQuery).toBeNull();
    expect(thread.turns[1]?.searchQuery).toBe(rewrite?.query);
    expect(thread.turns[1]).toMatchObject({ status: "complete", feedback: null });
    expect(thread.turns[1]?.sources.length).toBeGreaterThan(0);

    const [ask] = auditOf("ask", eventData<{ answerId: string }>(followUp, "done")?.answerId ?? "");
    expect(ask?.details).toMatchObject({ conversationId: first.id });
  });

  it("shows an answer cut off by the model host as incomplete in the thread", async () => {
    harness.fake.knobs.dropStreamAfterTokens = 3;
    try {
      const { id, events } = await startConversation(
        "What temperature do autoclave cycles for wrapped instruments use?",
      );
      expect(events.at(-1)?.event).toBe("error");
      const [turn] = (await view(id)).turns;
      expect(turn?.status).toBe("incomplete");
      expect(turn?.answer.length).toBeGreaterThan(0);
    } finally {
      harness.fake.knobs.dropStreamAfterTokens = null;
    }
  });
});

describe("only the owner reaches a conversation", () => {
  it.each([
    ["another reader", () => otherReader],
    ["an admin", () => otherAdmin],
  ])("answers %s 404, exactly as for an unknown id", async (_who, client) => {
    const { id } = await startConversation("Who founded the Northwind Clinic?");
    const unknown = await client().read(UNKNOWN_ID);
    const unknownBody = await unknown.json();
    for (const response of [
      await client().read(id),
      await client().rename(id, { title: "Mine now" }),
      await client().remove(id),
      await client().ask({ question: "and when?", conversationId: id }),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(unknownBody);
    }
    const list = (await (await client().list()).json()) as { conversations: ConversationSummary[] };
    expect(list.conversations.map((c) => c.id)).not.toContain(id);
    expect((await view(id)).turns).toHaveLength(1);
  });
});

describe("renaming", () => {
  it.each([
    { title: "Visiting hours", status: 200, stored: "Visiting hours" },
    { title: "  Padded title  ", status: 200, stored: "Padded title" },
    { title: "x".repeat(200), status: 200, stored: "x".repeat(200) },
    { title: "x".repeat(201), status: 400 },
    { title: "", status: 400 },
    { title: "   ", status: 400 },
    { title: "two\nlines", status: 400 },
    { title: 42, status: 400 },
  ])("title $title answers $status", async ({ title, status, stored }) => {
    const { id, events } = await startConversation("Where is the fire assembly point?");
    const original = eventData<{ title: string }>(events, "conversation")?.title;
    const response = await owner.rename(id, { title });
    expect(response.status).toBe(status);
    expect((await view(id)).title).toBe(stored ?? original);
    expect(auditOf("conversation.rename", id)).toHaveLength(status === 200 ? 1 : 0);
  });
});

describe("deleting", () => {
  it("removes the conversation with its answers and sources", async () => {
    const { id, events } = await startConversation("Where is the fire assembly point?");
    const answerId = eventData<{ answerId: string }>(events, "done")?.answerId ?? "";
    expect(getAnswer(harness.services.db, answerId)?.sources.length).toBeGreaterThan(0);
    expect((await owner.remove(id)).status).toBe(204);
    expect(getAnswer(harness.services.db, answerId)).toBeUndefined();
    expect((await owner.read(id)).status).toBe(404);
    expect((await owner.remove(id)).status).toBe(404);
    expect((await summaries()).map((c) => c.id)).not.toContain(id);
    expect(auditOf("conversation.delete", id)).toHaveLength(1);
  });
});

describe("regenerating", () => {
  it("re-answers the last turn in its place and refuses any other answer", async () => {
    const { id, events } = await startConversation("When may visitors enter the inpatient wards?");
    const firstId = eventData<{ answerId: string }>(events, "done")?.answerId ?? "";
    const second = await owner.askAll({ question: "and who checks the badge?", conversationId: id });
    const secondId = eventData<{ answerId: string }>(second, "done")?.answerId ?? "";

    const refused = await owner.ask({ question: "x", conversationId: id, regenerate: firstId });
    expect(refused.status).toBe(409);
    expect((await owner.ask({ question: "x", conversationId: id, regenerate: UNKNOWN_ID })).status).toBe(404);
    expect((await owner.ask({ question: "x", regenerate: secondId })).status).toBe(400);

    const again = await owner.askAll({ question: "ignored", conversationId: id, regenerate: secondId });
    const newId = eventData<{ answerId: string }>(again, "done")?.answerId ?? "";
    expect(newId).not.toBe(secondId);
    expect(eventData<{ original: string }>(again, "rewrite")?.original).toBe("and who checks the badge?");
    expect(getAnswer(harness.services.db, newId)).toMatchObject({
      replacesAnswerId: secondId,
      question: "and who checks the badge?",
    });

    const thread = await view(id);
    expect(thread.turns.map((turn) => turn.answerId)).toEqual([firstId, newId]);
    expect((await summaries()).find((c) => c.id === id)?.turnCount).toBe(2);

    // A regenerate the person stopped keeps the answer it was meant to replace.
    const regenerated = getAnswer(harness.services.db, newId);
    if (!regenerated) throw new Error("regenerated answer missing");
    const { sources: _sources, createdAt: _createdAt, ...row } = regenerated;
    insertAnswer(
      harness.services.db,
      { ...row, id: "stopped-regenerate", status: "cancelled", answer: "Partial", replacesAnswerId: newId },
      [],
    );
    expect((await view(id)).turns.map((turn) => turn.answerId)).toEqual([firstId, newId]);
    expect((await summaries()).find((c) => c.id === id)?.turnCount).toBe(2);
  });
});

describe("a source the reader can no longer see", () => {
  it("is listed as a placeholder that reveals nothing of the document", async () => {
    const pdf = await makePdf([
      { heading: "Parking permits", lines: ["Night staff park in the north car park with a blue permit."] },
    ]);
    const upload = (await (
      await api.upload([{ name: "parking.pdf", bytes: pdf, type: "application/pdf" }])
    ).json()) as {
      documents: Array<{ id: string }>;
    };
    const documentId = upload.documents[0]?.id ?? "";
    await harness.drainQueue();
    const { id } = await startConversation("Where do night staff park with a blue permit?");
    const before = (await view(id)).turns[0]?.sources ?? [];
    const n = before.find((source) => source.documentId === documentId)?.n;
    expect(n).toBeDefined();

    expect((await api.remove(documentId)).status).toBe(204);
    const after = (await view(id)).turns[0];
    const placeholder = after?.sources.find((source) => source.n === n);
    expect(placeholder).toEqual({
      n,
      chunkId: "",
      documentId: "",
      title: UNAVAILABLE_SOURCE_TITLE,
      pageStart: 0,
      pageEnd: 0,
      ocr: false,
      snippet: "",
      unavailable: true,
    });
    expect(JSON.stringify(after)).not.toContain(documentId);
    expect(JSON.stringify(after?.sources)).not.toContain("blue permit");
  });
});
