import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { ExtractedDocument } from "@/lib/domain/types";

/** Real PDFs shared read-only next to the checkout; the tests skip where they are absent. */
const CLINICAL = path.resolve("../shared/corpus/clinical");
const SCANNED_PROTOCOL = path.join(CLINICAL, "NCT06155240_Prot_SAP_000.pdf");
const PROTOCOL_WITH_SCANNED_PAGE = path.join(CLINICAL, "NCT06152900_Prot_SAP_000.pdf");

const read = (file: string) => new Uint8Array(fs.readFileSync(file));
const pageText = (doc: ExtractedDocument, page: number) =>
  (doc.pages.find((entry) => entry.page === page)?.blocks ?? []).map((block) => block.text).join("\n");

describe.skipIf(!fs.existsSync(SCANNED_PROTOCOL))("OCR on real scanned protocols", () => {
  // A landscape table scanned sideways: read upright, probed at each turn, read again turned.
  it("reads the sideways scan of a study protocol appendix", { timeout: 180_000 }, async () => {
    const doc = await extractPdf(read(SCANNED_PROTOCOL));
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]?.ocr).toBe(true);
    const text = pageText(doc, 1);
    expect(text).toMatch(/APPENDIX D Study Protocol Class Procedures/);
    expect(text).toMatch(/Yoga for a Healthy Heart Protocol/);
    expect(text.match(/Post-class BP/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  });

  it("fills in the one page of a text protocol that has no text layer", { timeout: 120_000 }, async () => {
    const doc = await extractPdf(read(PROTOCOL_WITH_SCANNED_PAGE));
    const ocrPages = doc.pages.filter((page) => page.ocr).map((page) => page.page);
    expect(ocrPages).toEqual([34]);
    expect(pageText(doc, 34)).toMatch(/Therapeutic Electrophysical Agents/);
    expect(pageText(doc, 33).length).toBeGreaterThan(0);
  });
});
