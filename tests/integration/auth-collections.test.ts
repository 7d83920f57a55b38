import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/auth/me/route";
import { POST as startImport } from "@/app/api/imports/route";
import { closeDatabase, openDatabase } from "@/db/client";
import { getDocument } from "@/db/queries/documents";
import type { CollectionRow, UserRow } from "@/db/schema";
import { computeCollectionAccess } from "@/lib/access/collection-access";
import { createCollection } from "@/lib/access/collections/create-collection";
import { grantAccess } from "@/lib/access/grants/grant-access";
import { addGroupMember } from "@/lib/access/groups/add-group-member";
import { createGroup } from "@/lib/access/groups/create-group";
import { uploadDocument } from "@/lib/documents/upload-document";
import { tokenIdentity } from "../support/accounts";
import { type Harness, startHarness } from "../support/quire-harness";
import { apiAs } from "../support/route-client";
import { makeTempDir } from "../support/temp-dir";
import { requestAs, TEST_ORIGIN, type TestIdentity } from "../support/test-identity";

let harness: Harness;
let wards: CollectionRow;
let policies: CollectionRow;
let secrets: CollectionRow;
let editor: { user: UserRow; identity: TestIdentity };
let reader: { user: UserRow; identity: TestIdentity };

const note = (text: string) => [
  { name: `${text.slice(0, 12)}.txt`, bytes: new TextEncoder().encode(`${text}\n`) },
];

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

async function uploadedId(response: Response): Promise<string> {
  expect(response.status).toBe(202);
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  const id = body.documents[0]?.id;
  if (!id) throw new Error("no document in the upload response");
  return id;
}

beforeAll(async () => {
  harness = await startHarness();
  const services = harness.services;
  wards = createCollection(services, "wards");
  policies = createCollection(services, "policies");
  secrets = createCollection(services, "board-minutes");
  editor = await harness.signIn("editor");
  reader = await harness.signIn("reader");
  createGroup(services, "Nursing");
  addGroupMember(services, "Nursing", editor.user.email);
  addGroupMember(services, "Nursing", reader.user.email);
  // The editor manages wards through its group and may only read policies; board minutes stay admin-only.
  grantAccess(services, { collection: "wards", grantee: { groupName: "Nursing" }, access: "manage" });
  grantAccess(services, {
    collection: policies.id,
    grantee: { userEmail: editor.user.email },
    access: "read",
  });
});

afterAll(async () => {
  await harness?.close();
});

describe("which collections a principal reaches", () => {
  it("gives admins every collection, to read and to manage", () => {
    const access = computeCollectionAccess(harness.services, harness.admin.user, [], "admin");
    expect(access.readableCollectionIds.sort()).toEqual(
      ["default", wards.id, policies.id, secrets.id].sort(),
    );
    expect(access.manageableCollectionIds.sort()).toEqual(access.readableCollectionIds.sort());
  });

  it("gives others their own and their groups' grants; manage implies read", async () => {
    const body = (await (await me(requestAs(editor.identity, `${TEST_ORIGIN}/api/auth/me`))).json()) as {
      collections: { readable: Array<{ name: string }>; manageable: Array<{ name: string }> };
    };
    expect(body.collections.readable.map((c) => c.name)).toEqual(["policies", "wards"]);
    expect(body.collections.manageable.map((c) => c.name)).toEqual(["wards"]);
  });

  it("lets nobody manage through a read-only scope, even with a manage grant", async () => {
    const readerAccess = computeCollectionAccess(harness.services, reader.user, [], "read");
    expect(readerAccess.manageableCollectionIds).toEqual([]);
    const asReader = (await (await me(requestAs(reader.identity, `${TEST_ORIGIN}/api/auth/me`))).json()) as {
      collections: { readable: Array<{ name: string }>; manageable: unknown[] };
    };
    expect(asReader.collections.readable.map((c) => c.name)).toEqual(["wards"]);
    expect(asReader.collections.manageable).toEqual([]);
    const editorReadToken = tokenIdentity(harness.services, editor.user, "read");
    const viaToken = (await (await me(requestAs(editorReadToken, `${TEST_ORIGIN}/api/auth/me`))).json()) as {
      scope: string;
      collections: { manageable: unknown[] };
    };
    expect(viaToken).toMatchObject({ scope: "read", collections: { manageable: [] } });
  });

  it("keeps the default collection for admins until someone is granted it", () => {
    const readable = () =>
      computeCollectionAccess(harness.services, reader.user, [], "read").readableCollectionIds;
    expect(readable()).not.toContain("default");
    grantAccess(harness.services, {
      collection: "default",
      grantee: { userEmail: reader.user.email },
      access: "read",
    });
    expect(readable()).toContain("default");
  });
});

describe("granting", () => {
  it("replaces a grantee's earlier access to the collection instead of adding to it", () => {
    const archive = createCollection(harness.services, "archive");
    const grant = (access: "read" | "manage") =>
      grantAccess(harness.services, {
        collection: "archive",
        grantee: { userEmail: editor.user.email },
        access,
      });
    const manageable = () =>
      computeCollectionAccess(harness.services, editor.user, [], "ingest").manageableCollectionIds;
    grant("manage");
    expect(manageable()).toContain(archive.id);
    grant("read");
    expect(manageable()).not.toContain(archive.id);
    expect(
      computeCollectionAccess(harness.services, editor.user, [], "ingest").readableCollectionIds,
    ).toContain(archive.id);
  });
});

describe("uploading into collections", () => {
  it("puts an admin's upload without a collection into the default collection", async () => {
    const id = await uploadedId(await apiAs().upload(note("Default collection note about linen.")));
    expect(getDocument(harness.services.db, id)?.collectionId).toBe("default");
  });

  it("accepts a collection by name or by id", async () => {
    const byName = await uploadedId(
      await apiAs().upload(note("Ward note on oxygen."), { collection: "wards" }),
    );
    const byId = await uploadedId(
      await apiAs().upload(note("Policy note on visitors."), { collection: policies.id }),
    );
    expect(getDocument(harness.services.db, byName)?.collectionId).toBe(wards.id);
    expect(getDocument(harness.services.db, byId)?.collectionId).toBe(policies.id);
  });

  it("answers 400 naming an unknown collection", async () => {
    const error = await errorOf(await apiAs().upload(note("Lost note."), { collection: "nowhere" }));
    expect(error).toEqual({
      status: 400,
      code: "BAD_REQUEST",
      message: 'There is no collection named "nowhere".',
    });
  });

  it("lets an editor upload into a collection it manages", async () => {
    const id = await uploadedId(
      await apiAs(editor.identity).upload(note("Editor ward note."), { collection: "wards" }),
    );
    expect(getDocument(harness.services.db, id)?.collectionId).toBe(wards.id);
  });

  it("refuses an editor a collection it can only read with 403", async () => {
    const error = await errorOf(
      await apiAs(editor.identity).upload(note("Sneaky policy."), { collection: "policies" }),
    );
    expect(error).toMatchObject({
      status: 403,
      code: "FORBIDDEN",
      message: /can read the collection policies but not add/,
    });
  });

  it("answers a collection the editor cannot read exactly like one that does not exist", async () => {
    const hidden = await errorOf(
      await apiAs(editor.identity).upload(note("Probe."), { collection: "board-minutes" }),
    );
    const missing = await errorOf(
      await apiAs(editor.identity).upload(note("Probe."), { collection: "board-minutez" }),
    );
    expect(hidden).toEqual({
      ...missing,
      message: missing.message.replace("board-minutez", "board-minutes"),
    });
    expect(hidden.status).toBe(400);
  });

  it("asks an editor without access to the default collection to choose one", async () => {
    const error = await errorOf(await apiAs(editor.identity).upload(note("No collection.")));
    expect(error).toMatchObject({ status: 400, message: /Choose a collection/ });
  });

  it("checks the collection of browser imports the same way", async () => {
    const form = new FormData();
    form.append("file", new File(["Imported ward note.\n"], "imported.txt"));
    form.append("collection", "board-minutes");
    const response = await startImport(
      requestAs(editor.identity, `${TEST_ORIGIN}/api/imports`, { method: "POST", body: form }),
    );
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      message: /no collection named "board-minutes"/,
    });
  });
});

describe("changing documents", () => {
  async function documentIn(collection: CollectionRow, text: string): Promise<string> {
    const bytes = new TextEncoder().encode(`${text}\n`);
    return (
      await uploadDocument(harness.services, { filename: "doc.txt", bytes, collectionId: collection.id })
    ).id;
  }

  it("lets an editor delete in a collection it manages", async () => {
    const id = await documentIn(wards, "Ward rota for March.");
    expect((await apiAs(editor.identity).remove(id)).status).toBe(204);
  });

  it("answers 403 in a collection it only reads, and 404 in one it cannot read", async () => {
    const readable = await documentIn(policies, "Visiting hours policy.");
    const hidden = await documentIn(secrets, "Board minutes of May.");
    expect(await errorOf(await apiAs(editor.identity).remove(readable))).toMatchObject({ status: 403 });
    expect(await errorOf(await apiAs(editor.identity).patch(hidden, { effectiveDate: null }))).toEqual({
      status: 404,
      code: "NOT_FOUND",
      message: "Document not found.",
    });
    expect(getDocument(harness.services.db, readable)).toBeDefined();
    expect(getDocument(harness.services.db, hidden)).toBeDefined();
  });
});

describe("the collections migration", () => {
  it("creates a collection for every collection id documents already used", () => {
    const temp = makeTempDir("quire-migration-");
    try {
      const migrations = path.join(temp.dir, "migrations");
      fs.cpSync(path.join(process.cwd(), "db", "migrations"), migrations, { recursive: true });
      // The database as the previous release left it: migrations up to 0003 only.
      fs.rmSync(path.join(migrations, "0004_identity_access.sql"));
      const journalFile = path.join(migrations, "meta", "_journal.json");
      const fullJournal = fs.readFileSync(journalFile, "utf8");
      const journal = JSON.parse(fullJournal) as { entries: Array<{ tag: string }> };
      const before = { ...journal, entries: journal.entries.filter((entry) => entry.tag < "0004") };
      fs.writeFileSync(journalFile, JSON.stringify(before));

      const file = path.join(temp.dir, "old.sqlite");
      const old = openDatabase(file, { migrationsDir: migrations });
      const insert = old.$client.prepare(
        `INSERT INTO documents (id, collection_id, title, filename, mime_type, size_bytes, content_hash, storage_path)
         VALUES (?, ?, 't', 'f.txt', 'text/plain', 1, ?, 'files/x')`,
      );
      insert.run("d1", "default", "h1");
      insert.run("d2", "handbooks", "h2");
      insert.run("d3", "handbooks", "h3");
      closeDatabase(old);

      fs.copyFileSync(
        path.join(process.cwd(), "db", "migrations", "0004_identity_access.sql"),
        path.join(migrations, "0004_identity_access.sql"),
      );
      fs.writeFileSync(journalFile, fullJournal);
      const upgraded = openDatabase(file, { migrationsDir: migrations });
      const rows = upgraded.$client.prepare("SELECT id, name FROM collections ORDER BY id").all();
      closeDatabase(upgraded);
      expect(rows).toEqual([
        { id: "default", name: "default" },
        { id: "handbooks", name: "handbooks" },
      ]);
    } finally {
      temp.remove();
    }
  });
});
