import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunkDocument } from "@/ingest/chunk/chunk-document";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { ExtractedDocument } from "@/lib/domain/types";

/** Real-world PDFs shared read-only next to the checkout; the tests skip where they are absent. */
const CLINICAL = path.resolve("../shared/corpus/clinical");
const PDFJS = path.resolve("../shared/corpus/pdfjs");

const read = (file: string) => new Uint8Array(fs.readFileSync(file));
/** These tests judge the text layer; OCR of the few pages without one is tested in tests/integration/ocr-corpus.test.ts. */
const TEXT_LAYER_ONLY = { ocr: false } as const;
const allText = (doc: ExtractedDocument) =>
  doc.pages.flatMap((page) => page.blocks.map((block) => block.text)).join("\n");
const headingCount = (doc: ExtractedDocument) =>
  doc.pages.flatMap((page) => page.blocks).filter((block) => block.kind === "heading").length;

const PROTOCOLS = [
  { file: "NCT06151600_Prot_000.pdf", producer: "Word 365", footer: /Confidential Page \d+ of 28/ },
  { file: "NCT06152900_Prot_SAP_000.pdf", producer: "Word 365", footer: null },
  { file: "NCT06145295_Prot_SAP_000.pdf", producer: "macOS Quartz", footer: null },
  { file: "NCT06150378_Prot_SAP_000.pdf", producer: "Google Docs", footer: null },
];

describe.skipIf(!fs.existsSync(CLINICAL))("extractPdf on clinical protocols", () => {
  it.each(PROTOCOLS)("extracts clean text from $file ($producer)", async ({ file, footer }) => {
    const started = performance.now();
    const doc = await extractPdf(read(path.join(CLINICAL, file)), TEXT_LAYER_ONLY);
    expect(performance.now() - started).toBeLessThan(10_000);
    const text = allText(doc);
    const words = text.split(/\s+/);
    expect(words.length).toBeGreaterThan(1000);
    // Glued words show up as implausibly long letter runs.
    expect(words.filter((word) => /\p{L}{30,}/u.test(word)).length).toBeLessThanOrEqual(words.length / 1000);
    // Lines are joined inside blocks, and hyphenation debris ("treat- ment") is rare at most.
    expect(text.match(/-\n/g)).toBeNull();
    expect((text.match(/\p{Ll}- \p{Ll}/gu) ?? []).length).toBeLessThanOrEqual(5);
    if (footer) expect(text).not.toMatch(footer);
    for (const chunk of chunkDocument(doc)) expect(chunk.tokenCount).toBeLessThanOrEqual(500);
  });

  it("finds the section structure of a Word protocol", async () => {
    const doc = await extractPdf(read(path.join(CLINICAL, "NCT06152900_Prot_SAP_000.pdf")), TEXT_LAYER_ONLY);
    expect(headingCount(doc)).toBeGreaterThan(30);
    const headings = doc.pages.flatMap((page) => page.blocks).filter((block) => block.kind === "heading");
    const level = (prefix: string) => headings.find((block) => block.text.startsWith(prefix))?.level ?? 0;
    expect(level("5.1.1 ")).toBeGreaterThan(level("5.1 "));
    expect(level("5.1 ")).toBeGreaterThan(level("5. "));
  });

  it("reports a scanned protocol as empty when OCR is off", async () => {
    await expect(
      extractPdf(read(path.join(CLINICAL, "NCT06155240_Prot_SAP_000.pdf")), TEXT_LAYER_ONLY),
    ).rejects.toMatchObject({
      details: { reason: "empty" },
    });
  });
});

describe.skipIf(!fs.existsSync(PDFJS))("extractPdf on pdf.js test files", () => {
  it("reads a two-column paper column by column", async () => {
    const text = allText(await extractPdf(read(path.join(PDFJS, "tracemonkey.pdf"))));
    expect(text).toContain(
      "Dynamic languages such as JavaScript are more difficult to compile than statically typed ones.",
    );
    expect(text).toContain(
      "Unlike method-based dynamic compilers, our dynamic compiler operates at the granularity",
    );
  });

  it("decodes CJK text through the bundled CMaps", async () => {
    expect(allText(await extractPdf(read(path.join(PDFJS, "issue3521.pdf"))))).toContain("我们都是黑体字");
  });

  it("reports the password-protected files as encrypted", async () => {
    const passwords = JSON.parse(fs.readFileSync(path.join(PDFJS, "passwords.json"), "utf8")) as Record<
      string,
      string
    >;
    for (const file of Object.keys(passwords)) {
      await expect(extractPdf(read(path.join(PDFJS, file)))).rejects.toMatchObject({
        details: { reason: "encrypted" },
      });
    }
  });

  it.each(["REDHAT-1531897-0.pdf", "poppler-742-0-fuzzed.pdf", "poppler-937-0-fuzzed.pdf"])(
    "reports the broken file %s as corrupt",
    async (file) => {
      await expect(extractPdf(read(path.join(PDFJS, file)))).rejects.toMatchObject({
        details: { reason: "corrupt" },
      });
    },
  );
});
