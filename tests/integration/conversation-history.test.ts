import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnConversation } from "@/db/queries/conversations";
import { createCollection } from "@/lib/access/collections/create-collection";
import { EARLIER_HEADING } from "@/lib/conversations/history-messages";
import { conversationsAs, eventData } from "../support/conversation-client";
import { handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { policyApiAs } from "../support/policy-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import type { SseEvent } from "../support/read-sse";
import { api } from "../support/route-client";

let harness: Harness;
const client = conversationsAs();

interface ChatBody {
  messages: Array<{ role: string; content: string }>;
  options?: { num_ctx?: number };
}

function lastChat(): ChatBody {
  const request = harness.fake.requests.filter((logged) => logged.path === "/api/chat").at(-1);
  return (request?.body ?? { messages: [] }) as ChatBody;
}

function chatModel() {
  const model = harness.fake.knobs.models.find((candidate) => candidate.kind === "chat");
  if (!model) throw new Error("the fake has no chat model");
  return model;
}

async function askIn(conversationId: string | undefined, question: string): Promise<SseEvent[]> {
  return client.askAll({ question, ...(conversationId === undefined ? {} : { conversationId }) });
}

beforeAll(async () => {
  harness = await startHarness();
  const pdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
  await api.upload([{ name: "clinic-handbook.pdf", bytes: pdf, type: "application/pdf" }]);
  await harness.drainQueue();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("the context window", () => {
  it("is the smaller of QUIRE_CONTEXT_SIZE and the chat model's own, sent as num_ctx", async () => {
    const model = chatModel();
    const original = model.contextLength;
    try {
      model.contextLength = 4096;
      await askIn(undefined, "When may visitors enter the inpatient wards?");
      expect(lastChat().options?.num_ctx).toBe(4096);
      model.contextLength = 131072;
      await askIn(undefined, "When may visitors enter the inpatient wards?");
      expect(lastChat().options?.num_ctx).toBe(harness.services.config.contextSize);
    } finally {
      model.contextLength = original;
    }
  });
});

describe("a long conversation", () => {
  it("summarises the oldest turns once they no longer fit, stores the summary and says so", async () => {
    // Long answers: four of them exceed the history's share of the window.
    harness.fake.knobs.reply = Array.from({ length: 520 }, (_, i) => `visiting${i % 7} rule`).join(" ");
    const truncatedBefore = harness.fake.counters.truncatedPrompts;
    try {
      const first = await askIn(undefined, "When may visitors enter the inpatient wards?");
      const id = eventData<{ conversationId: string }>(first, "conversation")?.conversationId ?? "";
      const reports: Array<Record<string, number> | undefined> = [];
      for (const question of [
        "and on weekends?",
        "and for relatives?",
        "and in the evening?",
        "and at night?",
      ]) {
        const events = await askIn(id, question);
        expect(events.at(-1)?.event).toBe("done");
        reports.push(eventData(events, "history"));
      }
      expect(reports[0]).toEqual({ includedTurns: 1, summarisedTurns: 0, droppedTurns: 0 });
      const summarised = reports.findIndex((report) => (report?.summarisedTurns ?? 0) > 0);
      expect(summarised).toBeGreaterThan(0);
      const report = reports[summarised];
      // Every earlier turn is accounted for: kept whole or summarised, none silently lost.
      expect((report?.includedTurns ?? 0) + (report?.summarisedTurns ?? 0)).toBe(summarised + 1);
      expect(report?.droppedTurns).toBe(0);

      const conversation = getOwnConversation(harness.services.db, harness.admin.user.id, id);
      expect(conversation?.summary).toBeTruthy();
      expect(conversation?.summaryTurns).toBeGreaterThan(0);
      const prompt = lastChat().messages;
      expect(prompt.some((message) => message.content.startsWith(EARLIER_HEADING))).toBe(true);
      expect(harness.fake.counters.truncatedPrompts).toBe(truncatedBefore);
    } finally {
      harness.fake.knobs.reply = null;
    }
  });
});

describe("a rewrite the host refuses", () => {
  it("searches for the question as asked and says why", async () => {
    const first = await askIn(undefined, "When may visitors enter the inpatient wards?");
    const id = eventData<{ conversationId: string }>(first, "conversation")?.conversationId ?? "";
    harness.fake.knobs.failNext = { path: "/api/chat", status: 400, count: 1 };
    const events = await askIn(id, "and on weekends?");
    expect(eventData(events, "rewrite")).toEqual({
      query: "and on weekends?",
      original: "and on weekends?",
      fallback: "model_failed",
    });
    expect(events.at(-1)?.event).toBe("done");
  });
});

describe("the sensitive data guard", () => {
  it("masks earlier questions in the rewrite and in the history for a reader of a mask_for_model collection", async () => {
    const email = "ana.lopez@example.org";
    createCollection(harness.services, "heron-ward");
    const policy = { action: "mask_for_model", kinds: ["email"], mrnPatterns: [] };
    expect((await policyApiAs().put("heron-ward", policy)).status).toBe(200);
    try {
      const first = await askIn(
        undefined,
        `Visitors for ${email}: when may visitors enter the inpatient wards?`,
      );
      const id = eventData<{ conversationId: string }>(first, "conversation")?.conversationId ?? "";
      const chatsBefore = harness.fake.requests.filter((request) => request.path === "/api/chat").length;
      const followUp = await askIn(id, "and on weekends?");
      expect(followUp.at(-1)?.event).toBe("done");
      const sent = harness.fake.requests.filter((request) => request.path === "/api/chat").slice(chatsBefore);
      expect(sent).toHaveLength(2);
      for (const request of sent) expect(JSON.stringify(request.body)).not.toContain(email);
      expect(JSON.stringify(sent[0]?.body)).toContain("visitors enter the inpatient wards");
    } finally {
      await policyApiAs().put("heron-ward", { action: "allow", kinds: [], mrnPatterns: [] });
    }
  });
});
