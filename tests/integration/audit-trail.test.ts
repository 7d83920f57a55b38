import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listAudit } from "@/app/api/audit/route";
import { GET as verifyAudit } from "@/app/api/audit/verify/route";
import { POST as login } from "@/app/api/auth/login/route";
import { iterateAuditRows } from "@/db/queries/audit-events";
import type { AuditEventRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import { TEST_PASSWORD } from "../support/accounts";
import { HANDBOOK_QUESTION, handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { apiAs } from "../support/route-client";
import { runQuireCli } from "../support/run-quire-cli";
import { requestAs, TEST_ORIGIN, type TestIdentity } from "../support/test-identity";

let harness: Harness;
const api = apiAs();

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const rows = (): AuditEventRow[] => [...iterateAuditRows(harness.services.db)];
const lastOf = (action: string) =>
  rows()
    .filter((row) => row.action === action)
    .at(-1);
const detailsOf = (row: AuditEventRow | undefined) =>
  JSON.parse(row?.details ?? "null") as Record<string, unknown>;

function signInRequest(email: string, password: string): Request {
  return new Request(`${TEST_ORIGIN}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN, "x-forwarded-for": "203.0.113.9" },
    body: JSON.stringify({ email, password }),
  });
}

describe("events written at the seams", { timeout: 300_000 }, () => {
  let documentId = "";

  it("records a sign-in and a failed one, without the password", async () => {
    const { user } = await harness.signIn("editor");
    expect((await login(signInRequest(user.email, TEST_PASSWORD))).status).toBe(200);
    expect(lastOf("auth.sign_in")).toMatchObject({
      actorId: user.id,
      actorLabel: user.email,
      targetId: user.id,
    });
    expect((await login(signInRequest(user.email, "not the password at all"))).status).toBe(401);
    const failed = lastOf("auth.sign_in_failed");
    expect(failed).toMatchObject({ actorId: user.id, actorLabel: user.email });
    expect(detailsOf(failed)).toEqual({ ip: "203.0.113.9", reason: "wrong_password" });
    expect((await login(signInRequest("nobody@example.org", "typed-a-secret"))).status).toBe(401);
    expect(lastOf("auth.sign_in_failed")).toMatchObject({ actorId: null, actorLabel: "anonymous" });
    const everything = JSON.stringify(rows());
    expect(everything).not.toContain("not the password at all");
    expect(everything).not.toContain("nobody@example.org");
    expect(everything).not.toContain(TEST_PASSWORD);
  });

  it("records an upload with the uploader, and the ask with chunk ids, versions, model digest and answer hash", async () => {
    const pdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
    const response = await api.upload([{ name: "clinic-handbook.pdf", bytes: pdf, type: "application/pdf" }]);
    expect(response.status).toBe(202);
    documentId = ((await response.json()) as { documents: { id: string }[] }).documents[0]?.id ?? "";
    const upload = lastOf("document.upload");
    expect(upload).toMatchObject({
      actorLabel: harness.admin.user.email,
      targetType: "document",
      targetId: documentId,
    });
    expect(detailsOf(upload)).toMatchObject({
      version: 1,
      mimeType: "application/pdf",
      collectionId: "default",
    });
    await harness.drainQueue();

    const events = await readSse(await api.ask({ question: HANDBOOK_QUESTION }));
    const sources = events.find((event) => event.event === "sources")?.data.sources as { chunkId: string }[];
    const done = events.at(-1)?.data as {
      answerId: string;
      answer: string;
      model: { name: string; digest: string };
    };
    expect(events.at(-1)?.event).toBe("done");
    const ask = lastOf("ask");
    expect(ask).toMatchObject({
      actorLabel: harness.admin.user.email,
      targetType: "answer",
      targetId: done.answerId,
    });
    expect(detailsOf(ask)).toEqual({
      questionSha256: createHash("sha256").update(HANDBOOK_QUESTION).digest("hex"),
      questionLength: HANDBOOK_QUESTION.length,
      outcome: "answered",
      chunkIds: sources.map((source) => source.chunkId),
      documents: [{ id: documentId, version: 1 }],
      model: done.model.name,
      modelDigest: done.model.digest,
      answerSha256: createHash("sha256").update(done.answer).digest("hex"),
      conversationId: events[0]?.data.conversationId,
    });
    expect(done.model.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(ask?.details).not.toContain("autoclave");
  });

  it("records a question the documents cannot answer", async () => {
    await readSse(await api.ask({ question: "Which river flows through the capital of Mongolia?" }));
    expect(detailsOf(lastOf("ask"))).toMatchObject({ outcome: "not_in_documents" });
  });

  it("records a deletion with who deleted", async () => {
    expect((await api.remove(documentId)).status).toBe(204);
    expect(lastOf("document.delete")).toMatchObject({
      actorLabel: harness.admin.user.email,
      targetId: documentId,
    });
  });

  it("records grants and tokens made with the CLI, as cli, while this process appends too", async () => {
    const env = { QUIRE_DATA_DIR: harness.dataDir, OLLAMA_HOST: harness.fake.url };
    const { user } = await harness.signIn("reader");
    let appending = true;
    let appended = 0;
    const appender = (async () => {
      while (appending) {
        appendAuditEvent(harness.services, {
          action: "import.start",
          actor: SYSTEM_ACTOR,
          details: { n: appended },
        });
        appended += 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    const [collection, token] = await Promise.all([
      runQuireCli(["collection", "add", "--name", "wards"], env, 120_000).then(async (added) => {
        expect(added.code, added.stderr).toBe(0);
        return runQuireCli(
          ["grant", "--collection", "wards", "--user", user.email, "--access", "read"],
          env,
          120_000,
        );
      }),
      runQuireCli(["token", "create", "--user", user.email, "--scope", "read"], env, 120_000),
    ]);
    appending = false;
    await appender;
    expect(collection.code, collection.stderr).toBe(0);
    expect(token.code, token.stderr).toBe(0);
    expect(appended).toBeGreaterThan(10);
    expect(lastOf("grant.add")).toMatchObject({ actorLabel: "cli", targetType: "collection" });
    expect(detailsOf(lastOf("grant.add"))).toMatchObject({ access: "read", userId: user.id });
    expect(lastOf("token.create")).toMatchObject({ actorLabel: "cli", targetType: "token" });
    expect(JSON.stringify(rows())).not.toContain(token.stdout.trim());
    expect(verifyAuditTrail(harness.services)).toMatchObject({ intact: true, break: null });
    const verified = await runQuireCli(["audit", "verify"], env, 120_000);
    expect(verified.code, verified.stdout).toBe(0);
  });
});

describe("GET /api/audit and /api/audit/verify", () => {
  const get = (identity: TestIdentity | undefined, query: string) =>
    listAudit(requestAs(identity ?? { kind: "anonymous" }, `${TEST_ORIGIN}/api/audit?${query}`));
  const admin = () => harness.admin.identity;

  it("filters by action, actor, target and date, newest first, with paging", async () => {
    const body = (await (await get(admin(), "action=document.upload")).json()) as {
      events: { action: string; id: number }[];
      total: number;
    };
    expect(body.total).toBe(1);
    expect(body.events.every((event) => event.action === "document.upload")).toBe(true);

    const byActor = (await (await get(admin(), "actor=cli&limit=2")).json()) as {
      events: { id: number; actorLabel: string }[];
      total: number;
    };
    expect(byActor.events).toHaveLength(2);
    expect(byActor.total).toBeGreaterThanOrEqual(3);
    expect(byActor.events[0]?.id).toBeGreaterThan(byActor.events[1]?.id ?? Infinity);
    const next = (await (await get(admin(), "actor=cli&limit=2&offset=2")).json()) as {
      events: { id: number }[];
    };
    expect(next.events[0]?.id).toBeLessThan(byActor.events[1]?.id ?? 0);

    const documentId = lastOf("document.delete")?.targetId ?? "";
    const byTarget = (await (await get(admin(), `target=${documentId}`)).json()) as {
      events: { action: string }[];
    };
    expect(byTarget.events.map((event) => event.action).sort()).toEqual([
      "document.delete",
      "document.upload",
    ]);

    const today = new Date().toISOString().slice(0, 10);
    const inRange = (await (await get(admin(), `from=${today}&to=${today}&limit=1`)).json()) as {
      total: number;
    };
    expect(inRange.total).toBe(rows().length);
    const before = (await (await get(admin(), "to=2000-01-01")).json()) as { total: number };
    expect(before.total).toBe(0);
    expect((await get(admin(), "from=not-a-date")).status).toBe(400);
  });

  it("refuses readers and editors with 403 (recorded as access.denied) and strangers with 401", async () => {
    const reader = await harness.signIn("reader");
    expect((await get(reader.identity, "")).status).toBe(403);
    expect(lastOf("access.denied")).toMatchObject({
      actorLabel: reader.user.email,
      targetId: "GET /api/audit",
    });
    const editor = await harness.signIn("editor");
    expect((await verifyAudit(requestAs(editor.identity, `${TEST_ORIGIN}/api/audit/verify`))).status).toBe(
      403,
    );
    expect((await get(undefined, "")).status).toBe(401);
  });

  it("verifies the chain for admins", async () => {
    const response = await verifyAudit(requestAs(admin(), `${TEST_ORIGIN}/api/audit/verify`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ intact: true, break: null, events: rows().length });
  });
});
