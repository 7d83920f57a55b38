import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "@/db/queries/documents";
import { createCollection } from "@/lib/access/collections/create-collection";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { SensitivePolicy } from "@/lib/pii";
import { indexDirectory } from "@/lib/runtime/services";
import { policyApiAs } from "../support/policy-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { readIndexTexts } from "../support/read-index-texts";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

// Synthetic values: a documentation e-mail domain, the Visa test card and the ISO 13616 example IBAN.
const EMAIL = "ana.lopez@example.org";
const CARD = "4111 1111 1111 1111";
const IBAN = "DE89 3704 0044 0532 0130 00";
const VALUES = [EMAIL, CARD, "4111111111111111", IBAN, "DE89370400440532013000"];

/** A Markdown note whose heading and paragraph both carry values; `bird` tells the copies apart. */
function note(bird: string): string {
  return [
    `# Refund desk of the ${bird} ward`,
    "",
    `## Contact ${EMAIL}`,
    "",
    `The refund desk of the ${bird} ward is run by ${EMAIL}. Refunds of the ${bird} ward go back to card ${CARD} or to IBAN ${IBAN}.`,
    "",
  ].join("\n");
}

const maskedPolicy = (action: SensitivePolicy["action"]) => ({
  action,
  kinds: ["email", "phone", "card", "iban"],
  mrnPatterns: [],
});

let harness: Harness;
const ids: Record<string, string> = {};

function containsAnyValue(text: string): string[] {
  return VALUES.filter((value) => text.includes(value));
}

async function upload(collection: string, name: string, text: string): Promise<string> {
  const response = await api.upload([{ name, bytes: new TextEncoder().encode(text) }], { collection });
  expect(response.status).toBe(202);
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  const id = body.documents[0]?.id;
  if (!id) throw new Error("no document in the upload response");
  return id;
}

async function searchSnippets(query: string, documentId: string): Promise<string[]> {
  const response = await api.search(query, 20);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { results: Array<{ documentId: string; snippet: string }> };
  return body.results.filter((result) => result.documentId === documentId).map((result) => result.snippet);
}

async function lastChatPrompt(question: string): Promise<string> {
  const chatsBefore = harness.fake.requests.filter((r) => r.path === "/api/chat").length;
  const events = await readSse(await api.ask({ question }));
  expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe("done");
  const chats = harness.fake.requests.filter((r) => r.path === "/api/chat");
  expect(chats.length).toBe(chatsBefore + 1);
  return JSON.stringify(chats.at(-1)?.body);
}

beforeAll(async () => {
  harness = await startHarness();
  for (const name of ["kestrel-ward", "heron-ward", "plover-ward", "osprey-ward"]) {
    createCollection(harness.services, name);
  }
  const policies = policyApiAs();
  expect((await policies.put("kestrel-ward", maskedPolicy("mask_before_indexing"))).status).toBe(200);
  expect((await policies.put("heron-ward", maskedPolicy("mask_for_model"))).status).toBe(200);
  // plover-ward keeps the default policy (allow).
  const slow = { name: "ledger", pattern: String.raw`\d+\d+\d+\d+x` };
  expect(
    (
      await policies.put("osprey-ward", {
        action: "mask_before_indexing",
        kinds: ["email", "mrn"],
        mrnPatterns: [slow],
      })
    ).status,
  ).toBe(200);

  ids.kestrel = await upload("kestrel-ward", "kestrel-refunds.md", note("kestrel"));
  ids.heron = await upload("heron-ward", "heron-refunds.md", note("heron"));
  ids.plover = await upload("plover-ward", "plover-refunds.md", note("plover"));
  // A long digit run makes the pattern backtrack for far longer than its time budget.
  const ledger = `# Osprey ward ledger\n\nOsprey ward ledger kept by ${EMAIL}: ${"7".repeat(4000)}\n`;
  ids.osprey = await upload("osprey-ward", "osprey-ledger.md", ledger);
  await harness.drainQueue();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("mask_before_indexing", () => {
  it("indexes placeholders, never the values, and says what it masked", async () => {
    const id = ids.kestrel ?? "";
    const document = getDocument(harness.services.db, id);
    expect(document?.status).toBe("ready");
    expect(document?.notice).toBe("Sensitive data masked before indexing: 2 email, 1 card, 1 iban.");

    const rows = (await readIndexTexts(indexDirectory(harness.dataDir))).filter(
      (row) => row.documentId === id,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(containsAnyValue(`${row.title}\n${row.headingPath}\n${row.text}`)).toEqual([]);
    }
    const stored = rows.map((row) => `${row.headingPath}\n${row.text}`).join("\n");
    expect(stored).toContain("Contact [EMAIL]");
    expect(stored).toContain("card [CARD]");
    expect(stored).toContain("IBAN [IBAN]");

    const snippets = await searchSnippets("refund desk kestrel ward", id);
    expect(snippets.length).toBeGreaterThan(0);
    expect(snippets.join("\n")).toContain("[EMAIL]");
    expect(containsAnyValue(snippets.join("\n"))).toEqual([]);
  });

  it("records the masking and the policy change in the audit trail, as kinds and counts only", () => {
    const masked = listAuditEvents(
      harness.services,
      { action: "document.sensitive_masked" },
      { limit: 50, offset: 0 },
    );
    const event = masked.events.find((candidate) => candidate.targetId === ids.kestrel);
    expect(event?.details).toMatchObject({ counts: { email: 2, card: 1, iban: 1 } });
    const policySet = listAuditEvents(
      harness.services,
      { action: "collection.policy_set" },
      { limit: 50, offset: 0 },
    );
    expect(
      policySet.events.some(
        (candidate) => (candidate.details as { action?: string })?.action === "mask_before_indexing",
      ),
    ).toBe(true);
    const trail = JSON.stringify([...masked.events, ...policySet.events]);
    expect(containsAnyValue(trail)).toEqual([]);
  });

  it("never sends the values to the embedding model", () => {
    const embedded = harness.fake.requests
      .filter((request) => request.path === "/api/embed")
      .map((request) => JSON.stringify(request.body))
      .filter((body) => body.includes("kestrel"));
    expect(embedded.length).toBeGreaterThan(0);
    for (const body of embedded) expect(containsAnyValue(body)).toEqual([]);
  });

  it("keeps the original file as uploaded for authorised readers", async () => {
    const response = await api.file(ids.kestrel ?? "");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(EMAIL);
  });

  it("fails a document whose MRN pattern is too slow, naming the pattern, and indexes none of it", async () => {
    const id = ids.osprey ?? "";
    const document = getDocument(harness.services.db, id);
    expect(document).toMatchObject({ status: "failed", errorReason: "sensitive_scan" });
    expect(document?.error).toMatch(/pattern "ledger" took too long/);
    const view = (await (await api.get(id)).json()) as { errorReason?: string; chunks: number };
    expect(view).toMatchObject({ errorReason: "sensitive_scan", chunks: 0 });
    const rows = (await readIndexTexts(indexDirectory(harness.dataDir))).filter(
      (row) => row.documentId === id,
    );
    expect(rows).toEqual([]);
    const embedded = harness.fake.requests
      .filter((request) => request.path === "/api/embed")
      .map((request) => JSON.stringify(request.body));
    expect(embedded.filter((body) => body.includes("Osprey") || body.includes("osprey"))).toEqual([]);
  });
});

describe("mask_for_model", () => {
  it("shows the reader the original passage", async () => {
    const snippets = await searchSnippets("refund desk heron ward", ids.heron ?? "");
    expect(snippets.join("\n")).toContain(EMAIL);
  });

  it("sends the model placeholders instead of the values, in the passages and the question", async () => {
    const prompt = await lastChatPrompt(`Who runs the refund desk of the heron ward, is it ${EMAIL}?`);
    const user = (JSON.parse(prompt) as { messages: Array<{ role: string; content: string }> }).messages.find(
      (message) => message.role === "user",
    );
    // Passages of other collections (plover-ward allows everything) may carry the values; heron's may not.
    const parts = (user?.content ?? "").split(/\n\n(?=\[\d+\] \()|\n\n(?=Question:)/);
    const heron = parts.filter((part) => part.includes("heron ward") && !part.startsWith("Question:"));
    expect(heron.length).toBeGreaterThan(0);
    for (const passage of heron) {
      expect(passage).toContain("[EMAIL]");
      expect(containsAnyValue(passage)).toEqual([]);
    }
    expect(heron.join("\n")).toContain("[CARD]");
    expect(heron.join("\n")).toContain("[IBAN]");
    const question = parts.find((part) => part.startsWith("Question:"));
    expect(question).toBe("Question: Who runs the refund desk of the heron ward, is it [EMAIL]?");

    const [ask] = listAuditEvents(harness.services, { action: "ask" }, { limit: 1, offset: 0 }).events;
    const details = (ask?.details ?? {}) as { maskedForModel?: Record<string, number> };
    const masked = details.maskedForModel ?? {};
    expect(masked.email).toBeGreaterThanOrEqual(2);
    expect(masked.card).toBeGreaterThanOrEqual(1);
    expect(containsAnyValue(JSON.stringify(ask))).toEqual([]);
  });
});

describe("allow", () => {
  it("changes nothing in the index, the snippets or the prompt", async () => {
    const id = ids.plover ?? "";
    expect(getDocument(harness.services.db, id)).toMatchObject({ status: "ready", notice: null });
    const rows = (await readIndexTexts(indexDirectory(harness.dataDir))).filter(
      (row) => row.documentId === id,
    );
    expect(rows.map((row) => row.text).join("\n")).toContain(CARD);
    expect((await searchSnippets("refund desk plover ward", id)).join("\n")).toContain(EMAIL);
    const prompt = await lastChatPrompt("Who runs the refund desk of the plover ward?");
    expect(prompt).toContain("plover ward");
    expect(prompt).toContain(EMAIL);
    expect(prompt).toContain(IBAN);
  });
});
