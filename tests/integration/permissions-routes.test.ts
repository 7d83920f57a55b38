import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getImport } from "@/app/api/imports/[id]/route";
import { GET as listImports, POST as postImport } from "@/app/api/imports/route";
import type { UserRow } from "@/db/schema";
import { createCollection } from "@/lib/access/collections/create-collection";
import { grantAccess } from "@/lib/access/grants/grant-access";
import { revokeAccess } from "@/lib/access/grants/revoke-access";
import { addGroupMember } from "@/lib/access/groups/add-group-member";
import { createGroup } from "@/lib/access/groups/create-group";
import { queueApiAs } from "../support/queue-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { apiAs } from "../support/route-client";
import { requestAs, TEST_ORIGIN, type TestIdentity } from "../support/test-identity";

/**
 * Three collections, each with one document whose text and title carry words found nowhere
 * else: alpha (granted to the reader directly), bravo (admin-only) and charlie (granted to a
 * group). A response "leaks" bravo when any of bravo's words or ids appear in its raw body.
 */
const DOCS = {
  alpha: { marker: "zephyrine", secret: "alphasecretglyph", text: "zephyrine dressing protocol" },
  bravo: { marker: "quokkalith", secret: "bravosecretglyph", text: "quokkalith board minutes" },
  charlie: { marker: "marmolite", secret: "charliesecretglyph", text: "marmolite ward rota" },
} as const;
type Name = keyof typeof DOCS;

let harness: Harness;
const ids = {} as Record<Name, string>;
let reader: { user: UserRow; identity: TestIdentity };
let grouped: { user: UserRow; identity: TestIdentity };
let editor: { user: UserRow; identity: TestIdentity };
let stranger: { user: UserRow; identity: TestIdentity };

function documentText(name: Name): string {
  const doc = DOCS[name];
  return `# ${doc.marker} notes\n\nThe ${doc.text} describes ${doc.marker} handling. Reference ${doc.secret}.\n`;
}

function leaksOf(body: string, name: Name): string[] {
  const doc = DOCS[name];
  return [doc.marker, doc.secret, ids[name]].filter((needle) => body.includes(needle));
}

async function bodyOf(response: Response): Promise<string> {
  return response.text();
}

beforeAll(async () => {
  harness = await startHarness();
  const { services } = harness;
  for (const name of Object.keys(DOCS) as Name[]) {
    createCollection(services, name);
    const response = await apiAs().upload(
      [{ name: `${DOCS[name].secret}.md`, bytes: new TextEncoder().encode(documentText(name)) }],
      { collection: name },
    );
    const body = (await response.json()) as { documents: Array<{ id: string }> };
    const id = body.documents[0]?.id;
    if (!id) throw new Error(`upload of ${name} failed`);
    ids[name] = id;
  }
  await harness.drainQueue();
  reader = await harness.signIn("reader");
  grouped = await harness.signIn("reader");
  editor = await harness.signIn("editor");
  stranger = await harness.signIn("reader");
  grantAccess(services, { collection: "alpha", grantee: { userEmail: reader.user.email }, access: "read" });
  createGroup(services, "Wards");
  addGroupMember(services, "Wards", grouped.user.email);
  grantAccess(services, { collection: "charlie", grantee: { groupName: "Wards" }, access: "read" });
  grantAccess(services, { collection: "alpha", grantee: { userEmail: editor.user.email }, access: "manage" });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe("document routes within the readable collections", () => {
  it("lists only the documents of readable collections", async () => {
    const list = async (identity: TestIdentity) =>
      ((await (await apiAs(identity).list()).json()) as { documents: Array<{ id: string }> }).documents.map(
        (d) => d.id,
      );
    expect(await list(reader.identity)).toEqual([ids.alpha]);
    expect(await list(grouped.identity)).toEqual([ids.charlie]);
    expect(await list(stranger.identity)).toEqual([]);
    expect((await list(harness.admin.identity)).sort()).toEqual(Object.values(ids).sort());
  });

  it("answers an unreadable document's detail and file exactly like a missing one", async () => {
    const api = apiAs(reader.identity);
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const call of [api.get, api.file]) {
      const hidden = await call(ids.bravo);
      const absent = await call(missing);
      expect(hidden.status).toBe(404);
      expect(await bodyOf(hidden)).toBe(await bodyOf(absent));
    }
    expect((await api.get(ids.alpha)).status).toBe(200);
    expect(await bodyOf(await api.file(ids.alpha))).toContain(DOCS.alpha.secret);
  });

  it("answers changes to an unreadable document with the same 404 as a missing one", async () => {
    const api = apiAs(editor.identity);
    const queue = queueApiAs(editor.identity);
    const missing = "00000000-0000-4000-8000-000000000000";
    const calls = [
      (id: string) => api.patch(id, { effectiveDate: null }),
      (id: string) => api.remove(id),
      (id: string) => queue.cancel(id),
      (id: string) => queue.retry(id),
    ];
    for (const call of calls) {
      const hidden = await call(ids.bravo);
      expect(hidden.status).toBe(404);
      expect(await bodyOf(hidden)).toBe(await bodyOf(await call(missing)));
    }
  });
});

describe("search and ask within the readable collections", () => {
  it("never returns a chunk of an unreadable collection, however the query names it", async () => {
    const body = await bodyOf(
      await apiAs(reader.identity).search(`${DOCS.bravo.marker} ${DOCS.alpha.marker}`),
    );
    expect(leaksOf(body, "bravo")).toEqual([]);
    expect(leaksOf(body, "charlie")).toEqual([]);
    expect(body).toContain(ids.alpha);
    // Vector search always has a nearest chunk: here it can only be one of the reader's own.
    const onlyHidden = JSON.parse(await bodyOf(await apiAs(reader.identity).search(DOCS.bravo.marker))) as {
      results: Array<{ documentId: string }>;
    };
    expect(onlyHidden.results.every((r) => r.documentId === ids.alpha)).toBe(true);
  });

  it("answers from readable sources only, and abstains without showing hidden passages", async () => {
    const answer = await apiAs(reader.identity).ask({
      question: `What is the ${DOCS.alpha.marker} protocol?`,
    });
    const events = await readSse(answer);
    const raw = JSON.stringify(events);
    const sources = events.find((e) => e.event === "sources")?.data as {
      sources: Array<{ documentId: string }>;
    };
    expect(sources.sources.map((s) => s.documentId)).toEqual([ids.alpha]);
    expect(leaksOf(raw, "bravo")).toEqual([]);

    const probe = await readSse(
      await apiAs(reader.identity).ask({ question: `What are the board minutes?` }),
    );
    const probeRaw = JSON.stringify(probe);
    expect(leaksOf(probeRaw, "bravo")).toEqual([]);
    expect(leaksOf(probeRaw, "charlie")).toEqual([]);
  });
});

describe("grants decide, request by request", () => {
  it("reaches a collection through a group grant and loses it when the grant is revoked", async () => {
    const search = async () =>
      (
        JSON.parse(await bodyOf(await apiAs(grouped.identity).search(DOCS.charlie.marker))) as {
          results: Array<{ documentId: string }>;
        }
      ).results.map((r) => r.documentId);
    expect(await search()).toContain(ids.charlie);
    revokeAccess(harness.services, { collection: "charlie", grantee: { groupName: "Wards" } });
    expect(await search()).toEqual([]);
    expect((await apiAs(grouped.identity).get(ids.charlie)).status).toBe(404);
    grantAccess(harness.services, { collection: "charlie", grantee: { groupName: "Wards" }, access: "read" });
    expect(await search()).toContain(ids.charlie);
  });
});

describe("counts and imports", () => {
  it("counts only readable documents and chunks in the queue and health", async () => {
    const queue = (await (await queueApiAs(reader.identity).status()).json()) as { total: number };
    expect(queue.total).toBe(1);
    const adminQueue = (await (await queueApiAs().status()).json()) as { total: number };
    expect(adminQueue.total).toBe(3);
    const health = async (identity?: TestIdentity) =>
      ((await (await apiAs(identity).health()).json()) as { index: { chunks: number } }).index.chunks;
    const readerChunks = await health(reader.identity);
    expect(readerChunks).toBeGreaterThan(0);
    expect(await health(stranger.identity)).toBe(0);
    expect(await health()).toBeGreaterThan(readerChunks);
  });

  it("shows an import batch only to those who may read every document in it", async () => {
    const form = new FormData();
    form.append("file", new File([documentText("bravo")], "bravo-import.md", { type: "text/markdown" }));
    form.append("path", "bravo-import.md");
    form.append("collection", "bravo");
    const started = await postImport(
      requestAs(harness.admin.identity, `${TEST_ORIGIN}/api/imports`, { method: "POST", body: form }),
    );
    expect(started.status).toBe(202);
    const batchId = ((await started.json()) as { batch: { id: string } }).batch.id;
    const list = async (identity: TestIdentity) =>
      (
        (await (await listImports(requestAs(identity, `${TEST_ORIGIN}/api/imports?limit=10`))).json()) as {
          imports: Array<{ id: string }>;
        }
      ).imports.map((b) => b.id);
    const get = (identity: TestIdentity) =>
      getImport(requestAs(identity, `${TEST_ORIGIN}/api/imports/${batchId}`), {
        params: Promise.resolve({ id: batchId }),
      });
    expect(await list(harness.admin.identity)).toContain(batchId);
    expect(await list(reader.identity)).not.toContain(batchId);
    expect((await get(reader.identity)).status).toBe(404);
    expect((await get(harness.admin.identity)).status).toBe(200);
  });
});
