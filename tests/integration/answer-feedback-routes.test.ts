import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnswerFeedback } from "@/db/queries/answer-feedback";
import { insertAnswer } from "@/db/queries/answers";
import type { FeedbackEntryView } from "@/lib/feedback/list-feedback";
import { feedbackApiAs } from "../support/answer-actions-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import type { TestIdentity } from "../support/test-identity";

let harness: Harness;
let reader: { user: { id: string; email: string }; identity: TestIdentity };
let otherReader: { user: { id: string; email: string }; identity: TestIdentity };

/** An answer as the ask route stores it, asked by `userId`. */
function storeAnswer(userId: string | null, question = "What is the autoclave temperature?"): string {
  const id = randomUUID();
  insertAnswer(
    harness.services.db,
    {
      id,
      question,
      answer: "Wrapped instruments are sterilised at 134 degrees [1].",
      abstained: false,
      status: "complete",
      retrievalMode: "hybrid",
      modelName: "llama3.1:8b",
      modelDigest: "sha256:abc",
      userId,
    },
    [],
  );
  return id;
}

function auditDetailsOf(answerId: string): unknown[] {
  const rows = harness.services.db.$client
    .prepare(
      "SELECT details FROM audit_events WHERE action = 'answer.feedback' AND target_id = ? ORDER BY id",
    )
    .all(answerId) as Array<{ details: string }>;
  return rows.map((row) => JSON.parse(row.details) as unknown);
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

beforeAll(async () => {
  harness = await startHarness();
  reader = await harness.signIn("reader");
  otherReader = await harness.signIn("reader");
});

afterAll(async () => {
  await harness?.close();
});

describe("PUT /api/answers/[id]/feedback", () => {
  it("stores the asker's rating and replaces it on a second PUT (one per user and answer)", async () => {
    const answerId = storeAnswer(reader.user.id);
    const api = feedbackApiAs(reader.identity);

    const first = await api.put(answerId, { rating: "up" });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { feedback: unknown }).feedback).toMatchObject({
      answerId,
      rating: "up",
      reason: null,
      comment: null,
    });

    const second = await api.put(answerId, {
      rating: "down",
      reason: "outdated",
      comment: "  Superseded in May.  ",
    });
    expect(second.status).toBe(200);
    const stored = getAnswerFeedback(harness.services.db, answerId, reader.user.id);
    expect(stored).toMatchObject({ rating: "down", reason: "outdated", comment: "Superseded in May." });
    const count = harness.services.db.$client
      .prepare("SELECT count(*) AS n FROM answer_feedback WHERE answer_id = ?")
      .get(answerId) as { n: number };
    expect(count.n).toBe(1);
    // The trail records each verdict without the comment's text.
    expect(auditDetailsOf(answerId)).toEqual([
      { rating: "up", reason: null, commented: false },
      { rating: "down", reason: "outdated", commented: true },
    ]);
  });

  it.each([
    { name: "another reader", who: () => otherReader.identity },
    { name: "an admin", who: () => harness.admin.identity },
  ])("answers 404 to $name, exactly as for an unknown answer", async ({ who }) => {
    const answerId = storeAnswer(reader.user.id);
    const foreign = await feedbackApiAs(who()).put(answerId, { rating: "down", reason: "wrong" });
    const unknown = await feedbackApiAs(who()).put(randomUUID(), { rating: "down", reason: "wrong" });
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await foreign.json()).toEqual(await unknown.json());
    expect(getAnswerFeedback(harness.services.db, answerId, reader.user.id)).toBeUndefined();
  });

  it("answers 404 for an answer recorded before sign-in existed (no asker)", async () => {
    const response = await feedbackApiAs(reader.identity).put(storeAnswer(null), { rating: "up" });
    expect(response.status).toBe(404);
  });

  it.each([
    { name: "no rating", body: {} },
    { name: "an unknown rating", body: { rating: "meh" } },
    { name: "an unknown reason", body: { rating: "down", reason: "boring" } },
    { name: "a comment over 2000 characters", body: { rating: "down", comment: "x".repeat(2001) } },
    { name: "a comment that is not text", body: { rating: "down", comment: 42 } },
    { name: "an unexpected field", body: { rating: "up", userId: "someone-else" } },
  ])("rejects $name with 400 and stores nothing", async ({ body }) => {
    const answerId = storeAnswer(reader.user.id);
    const response = await feedbackApiAs(reader.identity).put(answerId, body);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("BAD_REQUEST");
    expect(getAnswerFeedback(harness.services.db, answerId, reader.user.id)).toBeUndefined();
  });

  it("accepts a comment of exactly 2000 characters", async () => {
    const answerId = storeAnswer(reader.user.id);
    const response = await feedbackApiAs(reader.identity).put(answerId, {
      rating: "down",
      reason: "other",
      comment: "y".repeat(2000),
    });
    expect(response.status).toBe(200);
  });

  it("rejects a malformed answer id with 400", async () => {
    const response = await feedbackApiAs(reader.identity).put("not-a-uuid", { rating: "up" });
    expect(response.status).toBe(400);
  });
});

describe("DELETE /api/answers/[id]/feedback", () => {
  it("removes the asker's rating, and is idempotent", async () => {
    const answerId = storeAnswer(reader.user.id);
    const api = feedbackApiAs(reader.identity);
    await api.put(answerId, { rating: "up" });
    expect((await api.remove(answerId)).status).toBe(204);
    expect(getAnswerFeedback(harness.services.db, answerId, reader.user.id)).toBeUndefined();
    expect((await api.remove(answerId)).status).toBe(204);
    expect(auditDetailsOf(answerId).at(-1)).toEqual({ rating: null });
  });

  it("answers 404 to someone else and leaves the rating in place", async () => {
    const answerId = storeAnswer(reader.user.id);
    await feedbackApiAs(reader.identity).put(answerId, { rating: "up" });
    expect((await feedbackApiAs(otherReader.identity).remove(answerId)).status).toBe(404);
    expect(getAnswerFeedback(harness.services.db, answerId, reader.user.id)).toMatchObject({ rating: "up" });
  });
});

describe("GET /api/feedback (admins)", () => {
  it("lists ratings newest first with question, answer excerpt, reason, comment, e-mail and model; filters and pages", async () => {
    const asker = await harness.signIn("reader");
    const api = feedbackApiAs(asker.identity);
    const older = storeAnswer(asker.user.id, "Older question about gloves?");
    const newer = storeAnswer(asker.user.id, "Newer question about masks?");
    await api.put(older, { rating: "up" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.put(newer, { rating: "down", reason: "unsupported", comment: "Cites the wrong page." });

    const all = await feedbackApiAs(harness.admin.identity).list({ limit: "200" });
    expect(all.status).toBe(200);
    const body = (await all.json()) as { entries: FeedbackEntryView[]; total: number };
    const mine = body.entries.filter((entry) => entry.userEmail === asker.user.email);
    expect(mine.map((entry) => entry.answerId)).toEqual([newer, older]);
    expect(mine[0]).toMatchObject({
      rating: "down",
      reason: "unsupported",
      comment: "Cites the wrong page.",
      question: "Newer question about masks?",
      answerExcerpt: "Wrapped instruments are sterilised at 134 degrees [1].",
      model: { name: "llama3.1:8b", digest: "sha256:abc" },
    });
    expect(body.total).toBe(body.entries.length);

    const downs = (await (await feedbackApiAs(harness.admin.identity).list({ rating: "down" })).json()) as {
      entries: FeedbackEntryView[];
    };
    expect(downs.entries.length).toBeGreaterThan(0);
    expect(downs.entries.every((entry) => entry.rating === "down")).toBe(true);

    const firstPage = (await (await feedbackApiAs(harness.admin.identity).list({ limit: "1" })).json()) as {
      entries: FeedbackEntryView[];
      total: number;
    };
    const secondPage = (await (
      await feedbackApiAs(harness.admin.identity).list({ limit: "1", offset: "1" })
    ).json()) as { entries: FeedbackEntryView[] };
    expect(firstPage.entries).toHaveLength(1);
    expect(firstPage.total).toBe(body.total);
    expect(secondPage.entries[0]?.answerId).not.toBe(firstPage.entries[0]?.answerId);
  });

  it.each([{ role: "reader" as const }, { role: "editor" as const }])(
    "refuses a $role with 403",
    async ({ role }) => {
      const someone = await harness.signIn(role);
      const response = await feedbackApiAs(someone.identity).list();
      expect(response.status).toBe(403);
    },
  );

  it("rejects an unknown rating filter with 400", async () => {
    expect((await feedbackApiAs(harness.admin.identity).list({ rating: "sideways" })).status).toBe(400);
  });
});
