import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as addImportFiles } from "@/app/api/imports/[id]/files/route";
import { GET as getImport } from "@/app/api/imports/[id]/route";
import { GET as listImports, POST as postImport } from "@/app/api/imports/route";
import { getDocument } from "@/db/queries/documents";
import type { CollectionRow } from "@/db/schema";
import { createCollection } from "@/lib/access/collections/create-collection";
import type { ImportBatchView } from "@/lib/imports/batch/import-batch-view";
import type { ImportedFileView } from "@/lib/imports/http/imported-file-view";
import { makeCorruptPdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { signedRequest, TEST_ORIGIN } from "../support/test-identity";

const BASE = TEST_ORIGIN;
const MB = 1024 * 1024;

interface ImportResponse {
  batch: ImportBatchView;
  documents: ImportedFileView[];
}

let harness: Harness;
let handbooks: CollectionRow;

function form(fields: Array<[string, string | File]>): FormData {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return body;
}

function zipFile(entries: Record<string, Uint8Array>, name = "bundle.zip"): File {
  return new File([Buffer.from(zipSync(entries))], name, { type: "application/zip" });
}

function textFile(name: string, text: string): File {
  return new File([text], name, { type: "text/plain" });
}

const api = {
  start: (body: FormData) => postImport(signedRequest(`${BASE}/api/imports`, { method: "POST", body })),
  add: (id: string, body: FormData) =>
    addImportFiles(signedRequest(`${BASE}/api/imports/${id}/files`, { method: "POST", body }), {
      params: Promise.resolve({ id }),
    }),
  get: (id: string) =>
    getImport(signedRequest(`${BASE}/api/imports/${id}`), { params: Promise.resolve({ id }) }),
  list: () => listImports(signedRequest(`${BASE}/api/imports?limit=5`)),
};

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

beforeAll(async () => {
  harness = await startHarness({ QUIRE_MAX_UPLOAD_MB: "2" });
  handbooks = createCollection(harness.services, "handbooks");
});

afterAll(async () => {
  await harness?.close();
});

describe("POST /api/imports with a zip", () => {
  let batchId: string;

  it("expands the archive into one batch and answers 202 with every entry", async () => {
    const response = await api.start(
      form([
        [
          "archive",
          zipFile({
            "handbook/intro.md": strToU8("# Intro\n\nThe intro explains the handbook's purpose.\n"),
            "handbook/chapters/one.txt": strToU8("Chapter one describes the reception desk.\n"),
            "handbook/broken.pdf": makeCorruptPdf(11),
            "handbook/.DS_Store": strToU8("junk"),
          }),
        ],
        ["collection", "handbooks"],
      ]),
    );
    expect(response.status).toBe(202);
    const body = (await response.json()) as ImportResponse;
    batchId = body.batch.id;
    expect(body.batch).toMatchObject({
      label: "bundle.zip",
      origin: "upload",
      total: 4,
      skipped: 1,
      finished: false,
    });
    expect(body.batch.counts).toEqual({ queued: 3, processing: 0, ready: 0, failed: 0 });
    const byPath = Object.fromEntries(body.documents.map((doc) => [doc.path, doc]));
    expect(byPath["handbook/chapters/one.txt"]).toMatchObject({
      status: "queued",
      title: "one",
      error: null,
    });
    expect(byPath["handbook/.DS_Store"]).toMatchObject({ status: "skipped", id: null });
    const stored = getDocument(harness.services.db, byPath["handbook/chapters/one.txt"]?.id ?? "");
    expect(stored).toMatchObject({
      batchId,
      collectionId: handbooks.id,
      sourceKey: `${handbooks.id}:handbook/chapters/one.txt`,
    });
  });

  it("reports progress until the batch has finished", async () => {
    await harness.drainQueue();
    const response = await api.get(batchId);
    expect(response.status).toBe(200);
    const view = (await response.json()) as ImportBatchView;
    expect(view).toMatchObject({ id: batchId, total: 4, skipped: 1, finished: true, etaSeconds: 0 });
    expect(view.counts).toEqual({ queued: 0, processing: 0, ready: 2, failed: 1 });
    expect(view.finishedAt).not.toBeNull();
    expect(typeof view.pagesPerSecond).toBe("number");
  });

  it("lists recent batches, newest first", async () => {
    const response = await api.list();
    const body = (await response.json()) as { imports: ImportBatchView[] };
    expect(body.imports[0]?.id).toBe(batchId);
  });

  it("rejects an archive with a zip-slip path and stores nothing", async () => {
    const before = ((await (await api.list()).json()) as { imports: unknown[] }).imports.length;
    const response = await api.start(
      form([["archive", zipFile({ "ok.txt": strToU8("fine"), "../../etc/evil.txt": strToU8("evil") })]]),
    );
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/unsafe path/),
    });
    expect(((await (await api.list()).json()) as { imports: unknown[] }).imports).toHaveLength(before);
  });

  it("rejects a zip bomb with a clear message", async () => {
    const response = await api.start(form([["archive", zipFile({ "bomb.txt": new Uint8Array(25 * MB) })]]));
    expect(await errorOf(response)).toMatchObject({
      status: 413,
      message: expect.stringMatching(/expands to 25 MB/),
    });
    const dense = await api.start(form([["archive", zipFile({ "zeros.txt": new Uint8Array(1.5 * MB) })]]));
    expect(await errorOf(dense)).toMatchObject({ status: 422, message: expect.stringMatching(/zip bomb/) });
  });

  it("rejects something that is not a zip", async () => {
    const response = await api.start(form([["archive", textFile("fake.zip", "not a zip")]]));
    expect(await errorOf(response)).toMatchObject({
      status: 422,
      message: expect.stringMatching(/not a valid \.zip/),
    });
  });
});

describe("POST /api/imports with a folder's files", () => {
  it("keeps relative paths as source keys and accepts the rest of the folder in later requests", async () => {
    const first = await api.start(
      form([
        ["file", textFile("a.txt", "Folder file A about anchors.")],
        ["path", "manuals/a.txt"],
        ["file", textFile("b.txt", "Folder file B about buoys.")],
        ["path", "manuals/deck/b.txt"],
        ["expected", "3"],
      ]),
    );
    expect(first.status).toBe(202);
    const started = (await first.json()) as ImportResponse;
    expect(started.batch).toMatchObject({ label: "manuals", total: 3, finished: false });
    const b = getDocument(harness.services.db, started.documents[1]?.id ?? "");
    expect(b).toMatchObject({ sourceKey: "default:manuals/deck/b.txt", batchId: started.batch.id });

    // Everything sent so far is processed, but the batch waits for the file still to come.
    await harness.drainQueue();
    const waiting = (await (await api.get(started.batch.id)).json()) as ImportBatchView;
    expect(waiting).toMatchObject({ finished: false, counts: { ready: 2 } });

    const second = await api.add(
      started.batch.id,
      form([
        ["file", textFile("c.txt", "Folder file C about cables.")],
        ["path", "manuals/c.txt"],
      ]),
    );
    expect(second.status).toBe(202);
    await harness.drainQueue();
    const done = (await (await api.get(started.batch.id)).json()) as ImportBatchView;
    expect(done).toMatchObject({ finished: true, total: 3, counts: { ready: 3, queued: 0 } });

    const late = await api.add(started.batch.id, form([["file", textFile("d.txt", "too late")]]));
    expect(await errorOf(late)).toMatchObject({ status: 409 });
  });

  it("rejects traversal in a path field", async () => {
    const response = await api.start(
      form([
        ["file", textFile("x.txt", "x")],
        ["path", "../outside/x.txt"],
      ]),
    );
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/unsafe path/),
    });
  });

  it("requires one path per file", async () => {
    const response = await api.start(
      form([
        ["file", textFile("x.txt", "x")],
        ["file", textFile("y.txt", "y")],
        ["path", "x.txt"],
      ]),
    );
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/one 'path' field per 'file'/),
    });
  });

  it("skips a file over the upload limit and imports the others", async () => {
    const response = await api.start(
      form([
        ["file", new File([new Uint8Array(3 * MB).fill(65)], "huge.txt")],
        ["path", "set/huge.txt"],
        ["file", textFile("small.txt", "A small file about sails.")],
        ["path", "set/small.txt"],
      ]),
    );
    expect(response.status).toBe(202);
    const body = (await response.json()) as ImportResponse;
    expect(body.documents[0]).toMatchObject({
      status: "skipped",
      error: expect.stringMatching(/2 MB upload limit/),
    });
    expect(body.documents[1]).toMatchObject({ status: "queued" });
    expect(body.batch).toMatchObject({ total: 2, skipped: 1 });
  });
});

describe("GET /api/imports/:id", () => {
  it("answers 404 for an unknown batch and 400 for a malformed id", async () => {
    expect((await api.get("2b1f3c1e-8a49-4a7e-9f55-1b1f3c1e8a49")).status).toBe(404);
    expect((await api.get("not-a-uuid")).status).toBe(400);
  });
});
