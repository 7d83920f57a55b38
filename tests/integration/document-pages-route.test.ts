import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPage } from "@/app/api/documents/[id]/pages/[page]/route";
import { GET as getPdfjsAsset } from "@/app/api/pdfjs/[...asset]/route";
import { replaceDocumentPages } from "@/db/queries/document-pages";
import type { UserRow } from "@/db/schema";
import { createCollection } from "@/lib/access/collections/create-collection";
import { grantAccess } from "@/lib/access/grants/grant-access";
import { HANDBOOK_FACT_PAGE, handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { apiAs } from "../support/route-client";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "../support/test-identity";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const MARKDOWN = "# Ward rota\n\nNight shifts start at nine.\n\n## Weekends\n\nTwo nurses cover each ward.\n";

let harness: Harness;
let pdfId: string;
let markdownId: string;
let reader: { user: UserRow; identity: TestIdentity };
let stranger: { user: UserRow; identity: TestIdentity };

interface PageBody {
  documentId: string;
  title: string;
  mimeType: string;
  pages: number;
  page: number;
  label: string | null;
  ocr: boolean;
  text: string;
  blocks: Array<{ kind: string; level?: number; start: number; end: number }>;
}

function pageAs(identity: TestIdentity, id: string, page: string): Promise<Response> {
  const request = requestAs(identity, `${TEST_ORIGIN}/api/documents/${id}/pages/${page}`);
  return getPage(request, { params: Promise.resolve({ id, page }) });
}

function assetAs(identity: TestIdentity, asset: string[]): Promise<Response> {
  const request = requestAs(identity, `${TEST_ORIGIN}/api/pdfjs/${asset.join("/")}`);
  return getPdfjsAsset(request, { params: Promise.resolve({ asset }) });
}

async function upload(name: string, bytes: Uint8Array): Promise<string> {
  const response = await apiAs().upload([{ name, bytes }], { collection: "wards" });
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  const id = body.documents[0]?.id;
  if (!id) throw new Error(`upload of ${name} failed`);
  return id;
}

beforeAll(async () => {
  harness = await startHarness();
  createCollection(harness.services, "wards");
  pdfId = await upload("clinic-handbook.pdf", await makePdf(handbookPages(), { title: "Clinic handbook" }));
  markdownId = await upload("ward-rota.md", new TextEncoder().encode(MARKDOWN));
  await harness.drainQueue();
  reader = await harness.signIn("reader");
  stranger = await harness.signIn("reader");
  grantAccess(harness.services, {
    collection: "wards",
    grantee: { userEmail: reader.user.email },
    access: "read",
  });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe("GET /api/documents/:id/pages/:page", () => {
  it("returns the stored text of a PDF page with block offsets into it", async () => {
    const response = await pageAs(reader.identity, pdfId, String(HANDBOOK_FACT_PAGE));
    expect(response.status).toBe(200);
    const body = (await response.json()) as PageBody;
    expect(body).toMatchObject({
      documentId: pdfId,
      mimeType: "application/pdf",
      pages: handbookPages().length,
      page: HANDBOOK_FACT_PAGE,
      ocr: false,
    });
    expect(body.text).toContain("134 degrees Celsius");
    expect(body.text).not.toContain("Visitors may enter");
    expect(body.blocks[0]).toMatchObject({ kind: "heading" });
    expect(body.text.slice(body.blocks[0]?.start, body.blocks[0]?.end)).toBe(
      handbookPages()[HANDBOOK_FACT_PAGE - 1]?.heading,
    );
    // Blocks tile the text, joined by blank lines: the offsets claim spans and passages use.
    expect(body.blocks.map((block) => body.text.slice(block.start, block.end)).join("\n\n")).toBe(body.text);
  });

  it("renders a Markdown file's headings and paragraphs as blocks", async () => {
    const body = (await (await pageAs(reader.identity, markdownId, "1")).json()) as PageBody;
    expect(body.mimeType).toBe("text/markdown");
    const blocks = body.blocks.map((block) => [block.kind, body.text.slice(block.start, block.end)]);
    expect(blocks).toEqual([
      ["heading", "Ward rota"],
      ["paragraph", "Night shifts start at nine."],
      ["heading", "Weekends"],
      ["paragraph", "Two nurses cover each ward."],
    ]);
  });

  it("rebuilds a page from its chunks for a document ingested before page texts were kept", async () => {
    const legacyId = await upload(
      "legacy-rota.md",
      new TextEncoder().encode("# Old rota\n\nDay shifts start at seven.\n"),
    );
    await harness.drainQueue();
    replaceDocumentPages(harness.services.db, legacyId, []);
    const response = await pageAs(reader.identity, legacyId, "1");
    expect(response.status).toBe(200);
    const body = (await response.json()) as PageBody;
    expect(body.text).toContain("Day shifts start at seven.");
    expect(body.blocks.map((block) => body.text.slice(block.start, block.end)).join("\n\n")).toBe(body.text);
    expect((await pageAs(reader.identity, legacyId, "2")).status).toBe(404);
  });

  it("answers a user without access to the collection exactly like an unknown document", async () => {
    const hidden = await pageAs(stranger.identity, pdfId, "1");
    const unknown = await pageAs(stranger.identity, UNKNOWN_ID, "1");
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    const hiddenBody = await hidden.text();
    expect(hiddenBody).toBe(await unknown.text());
    expect(hiddenBody).not.toContain("134");
  });

  it.each([
    ["the page after the last", () => pdfId, String(handbookPages().length + 1)],
    ["a page far beyond the document", () => markdownId, "999"],
    ["an unknown document", () => UNKNOWN_ID, "1"],
  ])("answers 404 for %s", async (_name, id, page) => {
    const response = await pageAs(getDefaultIdentity(), id(), page);
    expect(response.status).toBe(404);
  });

  it.each([
    ["page 0", "0"],
    ["a negative page", "-1"],
    ["a fraction", "1.5"],
    ["a word", "two"],
    ["an exponent", "1e3"],
    ["an empty page", ""],
    ["a number too long to be a page", "1234567"],
  ])("answers 400 for %s", async (_name, page) => {
    const response = await pageAs(getDefaultIdentity(), pdfId, page);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/page/);
  });

  it("answers 400 for a document id that is not a UUID", async () => {
    expect((await pageAs(getDefaultIdentity(), "not-a-uuid", "1")).status).toBe(400);
  });

  it("answers 401 without credentials", async () => {
    expect((await pageAs({ kind: "anonymous" }, pdfId, "1")).status).toBe(401);
  });
});

describe("GET /api/pdfjs/*: pdf.js from Quire's own origin", () => {
  it.each([
    [["pdf.worker.min.mjs"], "text/javascript"],
    [["standard_fonts", "LiberationSans-Regular.ttf"], "application/octet-stream"],
    [["cmaps", "UniJIS-UCS2-H.bcmap"], "application/octet-stream"],
    [["wasm", "openjpeg.wasm"], "application/wasm"],
  ])("serves %j as %s", async (asset, type) => {
    const response = await assetAs(reader.identity, asset);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(type);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });

  it.each([
    [["..", "package.json"]],
    [["standard_fonts", "..", "package.json"]],
    [["build", "pdf.mjs"]],
    [["cmaps", ".hidden"]],
    [["pdf.worker.mjs"]],
  ])("refuses %j", async (asset) => {
    expect((await assetAs(reader.identity, asset)).status).toBe(400);
  });

  it("answers 404 for a file a known folder does not hold, and 401 without credentials", async () => {
    expect((await assetAs(reader.identity, ["standard_fonts", "NoSuchFont.pfb"])).status).toBe(404);
    expect((await assetAs({ kind: "anonymous" }, ["pdf.worker.min.mjs"])).status).toBe(401);
  });
});
