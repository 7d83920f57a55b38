import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { OcrEngine } from "@/ingest/extract/ocr/ocr-engine";
import { createTesseractEngine, type TesseractWorker } from "@/ingest/extract/ocr/tesseract-engine";
import type { ExtractedDocument } from "@/lib/domain/types";
import { isAppError } from "@/lib/errors/app-error";
import { makePdf, makeTextlessPdf } from "../support/make-pdf";
import { makeMixedPdf, makeScannedPdf, STERILISATION_SCAN } from "../support/make-scanned-pdf";

const SCANNED_PAGE = STERILISATION_SCAN;

function pageText(doc: ExtractedDocument, page: number): string {
  return (doc.pages.find((entry) => entry.page === page)?.blocks ?? []).map((block) => block.text).join("\n");
}

/** Share of a sentence's words found in the OCR text, so one misread letter does not fail a test. */
function wordRecall(text: string, sentence: string): number {
  const found = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => found.has(word)).length / words.length;
}

/** An engine that must never be asked to read anything. */
function spyEngine(): OcrEngine & { recognize: ReturnType<typeof vi.fn> } {
  return { recognize: vi.fn(async () => ({ blocks: [], confidence: 0 })) };
}

describe("extractPdf on a scanned PDF", async () => {
  const doc = await extractPdf(await makeScannedPdf([SCANNED_PAGE]));

  it("reads the scanned page's words by OCR and marks the page", () => {
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]?.ocr).toBe(true);
    const text = pageText(doc, 1);
    expect(text.toLowerCase()).toContain("sterilisation");
    expect(
      wordRecall(text, "steam sterilisation at 134 degrees for three minutes in the autoclave"),
    ).toBeGreaterThan(0.8);
  });

  it("neither downloads nor caches the language data", () => {
    // tesseract.js caches downloaded data as ./eng.traineddata unless told not to.
    expect(fs.existsSync("eng.traineddata")).toBe(false);
  });

  it("turns lines into paragraphs at the blank lines", () => {
    const paragraphs = doc.pages[0]?.blocks ?? [];
    expect(paragraphs.every((block) => block.kind === "paragraph")).toBe(true);
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    // The sentence spread over three scanned lines comes out as one paragraph.
    expect(
      paragraphs.filter((block) => /134 degrees/.test(block.text) && /autoclave/.test(block.text)),
    ).toHaveLength(1);
  });
});

describe("extractPdf on a mixed PDF", () => {
  it("keeps the text layer of pages 1 and 3 and reads page 2 by OCR", async () => {
    const bytes = await makeMixedPdf(
      [
        { heading: "Cleaning", lines: ["Instruments are rinsed in cold water straight after use."] },
        { heading: "Storage", lines: ["Sterile packs are stored on closed shelves away from windows."] },
      ],
      SCANNED_PAGE,
    );
    const doc = await extractPdf(bytes);
    expect(doc.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(doc.pages.map((page) => page.ocr ?? false)).toEqual([false, true, false]);
    expect(pageText(doc, 1)).toContain("Instruments are rinsed in cold water straight after use.");
    expect(pageText(doc, 3)).toContain("Sterile packs are stored on closed shelves away from windows.");
    expect(pageText(doc, 2).toLowerCase()).toContain("sterilisation");
    expect(wordRecall(pageText(doc, 2), "Each load is recorded in the autoclave log")).toBeGreaterThan(0.8);
  });
});

describe("extractPdf OCR edge cases", () => {
  it("reads a page scanned sideways", async () => {
    const doc = await extractPdf(await makeScannedPdf([{ ...SCANNED_PAGE, turned: "sideways" }]));
    expect(pageText(doc, 1).toLowerCase()).toContain("sterilisation");
  });

  it("still fails as empty, saying so, when OCR finds no text", async () => {
    const error = await extractPdf(await makeTextlessPdf()).catch((caught: unknown) => caught);
    expect(isAppError(error)).toBe(true);
    if (!isAppError(error)) return;
    expect(error.details?.reason).toBe("empty");
    expect(error.message).toMatch(/OCR found no text/);
    expect(error.userMessage).toMatch(/not even by OCR/);
  });

  it("leaves a scanned PDF empty when OCR is turned off", async () => {
    await expect(extractPdf(await makeScannedPdf([SCANNED_PAGE]), { ocr: false })).rejects.toMatchObject({
      details: { reason: "empty" },
    });
  });
});

describe("extractPdf on text PDFs", () => {
  it("never asks the OCR engine to read, nor starts tesseract", async () => {
    const bytes = await makePdf([
      { heading: "Hand hygiene", lines: ["Wash hands before and after every patient."] },
    ]);
    const engine = spyEngine();
    const doc = await extractPdf(bytes, { ocr: engine });
    expect(engine.recognize).not.toHaveBeenCalled();
    expect(doc.pages[0]?.ocr).toBeUndefined();

    const startWorker = vi.fn(async (): Promise<TesseractWorker> => {
      throw new Error("tesseract must not start for a text PDF");
    });
    const tesseract = createTesseractEngine(startWorker);
    await extractPdf(bytes, { ocr: tesseract });
    await tesseract.close();
    expect(startWorker).not.toHaveBeenCalled();
  });
});
