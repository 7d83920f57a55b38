import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as ask } from "@/app/api/ask/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { GET as me } from "@/app/api/auth/me/route";
import { POST as cancelDocument } from "@/app/api/documents/[id]/cancel/route";
import { GET as documentFile } from "@/app/api/documents/[id]/file/route";
import { POST as retryDocument } from "@/app/api/documents/[id]/retry/route";
import {
  DELETE as deleteDocument,
  GET as getDocument,
  PATCH as patchDocument,
} from "@/app/api/documents/[id]/route";
import { GET as listDocuments, POST as uploadDocuments } from "@/app/api/documents/route";
import { GET as health } from "@/app/api/health/route";
import { POST as addImportFiles } from "@/app/api/imports/[id]/files/route";
import { GET as getImport } from "@/app/api/imports/[id]/route";
import { GET as listImports, POST as startImport } from "@/app/api/imports/route";
import { GET as queue } from "@/app/api/queue/route";
import { GET as search } from "@/app/api/search/route";
import { grantAccess } from "@/lib/access/grants/grant-access";
import type { Scope } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/session/create-session";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { revokeApiToken } from "@/lib/auth/tokens/revoke-api-token";
import { uploadDocument } from "@/lib/documents/upload-document";
import { createImportBatch } from "@/lib/imports/batch/create-import-batch";
import { tokenIdentity } from "../support/accounts";
import { type Harness, startHarness } from "../support/quire-harness";
import { requestAs, TEST_ORIGIN, type TestIdentity, withOrigin } from "../support/test-identity";

let harness: Harness;
let documentId: string;
let importId: string;
const identities: Record<string, TestIdentity> = {};

type Call = (as: TestIdentity) => Promise<Response>;

interface RouteCase {
  route: string;
  /** The scope the route needs. */
  scope: Scope;
  call: Call;
}

const url = (path: string) => `${TEST_ORIGIN}${path}`;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

function uploadForm(): FormData {
  const form = new FormData();
  form.append("file", new File([`Note ${Math.random()} about the ward's oxygen checks.\n`], "note.txt"));
  return form;
}

const json = (body: unknown): RequestInit => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Every API route, each with the scope it needs and a plausible request. */
const ROUTES: RouteCase[] = [
  { route: "GET /api/health", scope: "read", call: (as) => health(requestAs(as, url("/api/health"))) },
  { route: "GET /api/auth/me", scope: "read", call: (as) => me(requestAs(as, url("/api/auth/me"))) },
  {
    route: "GET /api/documents",
    scope: "read",
    call: (as) => listDocuments(requestAs(as, url("/api/documents"))),
  },
  {
    route: "GET /api/documents/:id",
    scope: "read",
    call: (as) => getDocument(requestAs(as, url(`/api/documents/${documentId}`)), withId(documentId)),
  },
  {
    route: "GET /api/documents/:id/file",
    scope: "read",
    call: (as) => documentFile(requestAs(as, url(`/api/documents/${documentId}/file`)), withId(documentId)),
  },
  {
    route: "GET /api/search",
    scope: "read",
    call: (as) => search(requestAs(as, url("/api/search?q=oxygen"))),
  },
  { route: "GET /api/queue", scope: "read", call: (as) => queue(requestAs(as, url("/api/queue"))) },
  { route: "GET /api/imports", scope: "read", call: (as) => listImports(requestAs(as, url("/api/imports"))) },
  {
    route: "GET /api/imports/:id",
    scope: "read",
    call: (as) => getImport(requestAs(as, url(`/api/imports/${importId}`)), withId(importId)),
  },
  {
    route: "POST /api/ask",
    scope: "read",
    call: (as) => ask(requestAs(as, url("/api/ask"), { method: "POST", ...json({ question: "oxygen?" }) })),
  },
  {
    route: "POST /api/documents",
    scope: "ingest",
    call: (as) =>
      uploadDocuments(requestAs(as, url("/api/documents"), { method: "POST", body: uploadForm() })),
  },
  {
    route: "POST /api/imports",
    scope: "ingest",
    call: (as) => startImport(requestAs(as, url("/api/imports"), { method: "POST", body: uploadForm() })),
  },
  {
    route: "POST /api/imports/:id/files",
    scope: "ingest",
    call: (as) =>
      addImportFiles(
        requestAs(as, url(`/api/imports/${importId}/files`), { method: "POST", body: uploadForm() }),
        withId(importId),
      ),
  },
  {
    route: "PATCH /api/documents/:id",
    scope: "ingest",
    call: (as) =>
      patchDocument(
        requestAs(as, url(`/api/documents/${documentId}`), {
          method: "PATCH",
          ...json({ effectiveDate: null }),
        }),
        withId(documentId),
      ),
  },
  {
    route: "DELETE /api/documents/:id",
    scope: "ingest",
    call: (as) =>
      deleteDocument(
        requestAs(as, url(`/api/documents/${documentId}`), { method: "DELETE" }),
        withId(documentId),
      ),
  },
  {
    route: "POST /api/documents/:id/cancel",
    scope: "ingest",
    call: (as) =>
      cancelDocument(
        requestAs(as, url(`/api/documents/${documentId}/cancel`), { method: "POST" }),
        withId(documentId),
      ),
  },
  {
    route: "POST /api/documents/:id/retry",
    scope: "ingest",
    call: (as) =>
      retryDocument(
        requestAs(as, url(`/api/documents/${documentId}/retry`), { method: "POST" }),
        withId(documentId),
      ),
  },
  {
    route: "POST /api/auth/logout",
    scope: "read",
    call: (as) => logout(requestAs(as, url("/api/auth/logout"), { method: "POST" })),
  },
];

const UNSAFE = ROUTES.filter((route) => !route.route.startsWith("GET"));
const INGEST = ROUTES.filter((route) => route.scope === "ingest");
const READ_ONLY_SAFE = ROUTES.filter((route) => route.route.startsWith("GET"));

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

beforeAll(async () => {
  harness = await startHarness();
  const { services } = harness;
  // A reader sees only batches whose documents it may read, so this one holds the document.
  importId = createImportBatch(services, { label: "folder", origin: "upload", total: 1 }).id;
  documentId = (
    await uploadDocument(services, {
      filename: "ward.txt",
      bytes: new TextEncoder().encode("The ward checks oxygen cylinders every morning.\n"),
      batchId: importId,
    })
  ).id;

  const expiredAt = new Date(Date.now() - 13 * 3_600_000);
  identities.expired = {
    kind: "session",
    token: createSession(services, harness.admin.user.id, expiredAt).token,
  };
  const revoked = createApiToken(services, harness.admin.user, { scope: "admin" });
  revokeApiToken(services, revoked.id);
  identities.revoked = { kind: "bearer", token: revoked.token };
  identities.readToken = tokenIdentity(services, harness.admin.user, "read");
  const reader = await harness.signIn("reader");
  identities.reader = reader.identity;
  // Reads are limited to granted collections: the reader may read the one the document is in.
  grantAccess(services, { collection: "default", grantee: { userEmail: reader.user.email }, access: "read" });
});

afterAll(async () => {
  await harness?.close();
});

describe("every API route demands credentials", () => {
  describe.each(ROUTES)("$route", ({ call }) => {
    it.each([
      ["no credentials", { kind: "anonymous" } as TestIdentity, /sign in/i],
      ["an expired session", "expired", /session has ended/i],
      ["a revoked token", "revoked", /revoked/i],
      ["a made-up token", { kind: "bearer", token: `qt_${"x".repeat(43)}` } as TestIdentity, /not valid/i],
      ["a made-up session", { kind: "session", token: "forged" } as TestIdentity, /session has ended/i],
    ])("answers 401 to %s", async (_label, who, message) => {
      const identity = typeof who === "string" ? identities[who] : who;
      if (!identity) throw new Error(`no identity ${String(who)}`);
      const response = await call(identity);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await errorOf(response)).toMatchObject({ status: 401, code: "UNAUTHORIZED", message });
    });
  });
});

describe("routes that change documents need the ingest scope", () => {
  describe.each(INGEST)("$route", ({ call }) => {
    it("answers 403 to a read-only token", async () => {
      const error = await errorOf(await call(identities.readToken as TestIdentity));
      expect(error).toMatchObject({ status: 403, code: "FORBIDDEN", message: /scope read/ });
    });

    it("answers 403 to a reader's session", async () => {
      const error = await errorOf(await call(identities.reader as TestIdentity));
      expect(error).toMatchObject({ status: 403, code: "FORBIDDEN", message: /not add or change/ });
    });
  });
});

describe("reading needs only the read scope", () => {
  it.each(READ_ONLY_SAFE)("$route lets a read-only token and a reader in", async ({ call }) => {
    expect((await call(identities.readToken as TestIdentity)).status).toBe(200);
    expect((await call(identities.reader as TestIdentity)).status).toBe(200);
  });
});

describe("cookie-authenticated mutations must come from Quire's own pages", () => {
  describe.each(UNSAFE)("$route", ({ call }) => {
    it.each([
      ["without Origin or Referer", null],
      ["from another origin", "http://evil.example"],
    ])("answers 403 to an admin's session cookie %s", async (_label, origin) => {
      const error = await errorOf(await call(withOrigin(harness.admin.identity, origin)));
      expect(error).toMatchObject({
        status: 403,
        code: "FORBIDDEN",
        message: /did not come from a Quire page/,
      });
    });
  });

  it("accepts a Referer from Quire when the browser sent no Origin", async () => {
    const identity = withOrigin(harness.admin.identity, null);
    const request = requestAs(identity, url("/api/documents"), {
      method: "POST",
      body: uploadForm(),
      headers: { referer: `${TEST_ORIGIN}/documents` },
    });
    expect((await uploadDocuments(request)).status).toBe(202);
  });

  it("lets a Bearer token upload without any Origin: browsers never attach tokens by themselves", async () => {
    const ingest = withOrigin(tokenIdentity(harness.services, harness.admin.user, "ingest"), null);
    const request = requestAs(ingest, url("/api/documents"), { method: "POST", body: uploadForm() });
    expect((await uploadDocuments(request)).status).toBe(202);
  });
});
