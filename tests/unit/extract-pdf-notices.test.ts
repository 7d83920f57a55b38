import { describe, expect, it, vi } from "vitest";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { OcrEngine, Recognition } from "@/ingest/extract/ocr/ocr-engine";
import { boundNotices } from "@/ingest/extract/ocr/ocr-notices";
import type { ExtractedDocument } from "@/lib/domain/types";
import { makeMixedPdf, makeScannedPdf } from "../support/make-scanned-pdf";

const TEXT_PAGES: Parameters<typeof makeMixedPdf>[0] = [
  { heading: "Hand hygiene", lines: ["Wash hands before and after every patient contact on the ward."] },
  { heading: "Waste", lines: ["Sharps go into the yellow container and never into the general bin."] },
];
const SCAN = { lines: ["STERILISATION OF SURGICAL INSTRUMENTS"] };

const READING: Recognition = {
  blocks: [
    {
      paragraphs: [
        {
          lines: [
            {
              words: ["Instruments", "are", "steam", "sterilised."].map((text) => ({ text, confidence: 90 })),
              top: 0,
              bottom: 10,
            },
          ],
        },
      ],
    },
  ],
  confidence: 90,
};

/** Stands in for tesseract, which a unit test should not start. */
function fakeEngine(recognize: OcrEngine["recognize"] = async () => READING): OcrEngine & {
  recognize: ReturnType<typeof vi.fn>;
} {
  return { recognize: vi.fn(recognize) };
}

function pageText(doc: ExtractedDocument, page: number): string {
  return (doc.pages.find((entry) => entry.page === page)?.blocks ?? []).map((block) => block.text).join("\n");
}

describe("extractPdf notices", async () => {
  const mixed = await makeMixedPdf(TEXT_PAGES, SCAN);
  const silent = () => undefined;

  it("has none when every page was read", async () => {
    const doc = await extractPdf(mixed, { ocr: fakeEngine(), onNotice: silent });
    expect(doc.pages[1]?.ocr).toBe(true);
    expect(doc).not.toHaveProperty("notices");
  });

  it("says which pages OCR never reached when the deadline had passed, and keeps the text layer", async () => {
    const engine = fakeEngine();
    const heard: string[] = [];
    const doc = await extractPdf(mixed, {
      ocr: engine,
      ocrLimits: { deadline: Date.now() - 1 },
      onNotice: (message) => heard.push(message),
    });
    expect(engine.recognize).not.toHaveBeenCalled();
    expect(doc.notices).toEqual([
      "OCR stopped at the time limit: 1 of 1 page without a text layer was not read (from page 2); raise QUIRE_EXTRACT_TIMEOUT_S to read them all.",
    ]);
    expect(heard).toEqual(doc.notices);
    expect(doc.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pageText(doc, 1)).toContain("Wash hands before and after every patient");
    expect(pageText(doc, 3)).toContain("Sharps go into the yellow container");
    expect(doc.pages[1]).toEqual({ page: 2, blocks: [] });
  });

  it("reports a page whose OCR failed and returns the rest", async () => {
    const engine = fakeEngine(async () => {
      throw new Error("engine broke");
    });
    const doc = await extractPdf(mixed, { ocr: engine, onNotice: silent });
    expect(doc.notices).toEqual(["Page 2 was not read: OCR failed (engine broke)."]);
    expect(pageText(doc, 1)).toContain("Wash hands");
  });

  it("fails a scan as timed_out, not empty, when the deadline left no page read", async () => {
    const scan = await makeScannedPdf([SCAN, SCAN]);
    await expect(
      extractPdf(scan, { ocr: fakeEngine(), ocrLimits: { deadline: Date.now() - 1 }, onNotice: silent }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { reason: "timed_out" },
      userMessage: expect.stringMatching(/OCR ran out of time.*QUIRE_EXTRACT_TIMEOUT_S/),
    });
  });
});

describe("boundNotices", () => {
  const pages = (count: number) =>
    Array.from({ length: count }, (_, index) => `Page ${index + 1} was not read.`);

  it.each([0, 1, 10])("keeps %i notices as they are", (count) => {
    expect(boundNotices(pages(count))).toEqual(pages(count));
  });

  it("keeps the first notices and the last one (why OCR stopped) of a long run, counting the rest", () => {
    const notices = [...pages(14), "OCR stopped after failing on 3 pages in a row: ..."];
    expect(boundNotices(notices)).toEqual([
      ...pages(8),
      "…and 6 similar notices.",
      "OCR stopped after failing on 3 pages in a row: ...",
    ]);
  });
});
