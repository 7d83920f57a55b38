import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunkDocument } from "@/ingest/chunk/chunk-document";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { ExtractedDocument } from "@/lib/domain/types";
import { isAppError } from "@/lib/errors/app-error";
import { HANDBOOK_FACT_PAGE, handbookPages } from "../support/handbook";
import { makeCorruptPdf, makeEncryptedPdf, makePdf, makeTextlessPdf } from "../support/make-pdf";

const PDFJS_CORPUS = path.resolve("../shared/corpus/pdfjs");

function pageText(doc: ExtractedDocument, page: number): string {
  return (doc.pages.find((entry) => entry.page === page)?.blocks ?? []).map((block) => block.text).join("\n");
}

async function failureReason(bytes: Uint8Array): Promise<unknown> {
  try {
    // OCR off: a unit test should not start tesseract (OCR of textless pages: tests/integration/ocr-*).
    await extractPdf(bytes, { ocr: false });
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.userMessage).not.toMatch(/pdf\.js|exception/i);
    return error.details?.reason;
  }
  throw new Error("extractPdf should have failed");
}

describe("extractPdf on a generated report", async () => {
  const bytes = await makePdf(
    [
      {
        heading: "Study Design",
        lines: [
          "Participants were randomised to two arms after a screening visit that lasted about one hour.",
          "The primary endpoint was the change in systolic blood pressure at week twelve.",
          "",
          "Patients received the treat-\nment twice daily and attended a follow-\nup visit every month.",
        ],
      },
      {
        heading: "Adverse Events",
        lines: ["Headache was the most common adverse event and resolved without intervention in all cases."],
      },
      {
        lines: [
          "Left column opens the discussion with alpha words that belong together in one reading line.",
          "Left column continues the argument with beta words that follow the previous sentence here.",
          "Left column closes its part with gamma words before the reader moves over to the right side.",
          "Right column starts the second half with delta words that must come after the left column.",
          "Right column develops the idea with epsilon words that follow the delta sentence in order.",
          "Right column ends the page with zeta words that should be the very last thing to be read.",
        ],
        columns: 2,
      },
    ],
    {
      title: "Hypertension Trial Protocol",
      runningHeader: "ACME-123 Clinical Protocol v2",
      pageNumbers: true,
    },
  );
  const doc = await extractPdf(bytes);

  it("keeps 1-based page numbers for every page", () => {
    expect(doc.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pageText(doc, 2)).toContain("Headache was the most common adverse event");
  });

  it("reads the title from the metadata", () => {
    expect(doc.title).toBe("Hypertension Trial Protocol");
  });

  it("detects headings from their larger size", () => {
    expect(doc.pages[0]?.blocks[0]).toEqual({ kind: "heading", level: 1, text: "Study Design" });
    expect(doc.pages[1]?.blocks[0]).toEqual({ kind: "heading", level: 1, text: "Adverse Events" });
  });

  it("restores word spacing without gluing or splitting words", () => {
    const text = pageText(doc, 1);
    expect(text).toContain(
      "Participants were randomised to two arms after a screening visit that lasted about one hour.",
    );
    expect(text).not.toMatch(/\p{L}{25,}/u);
  });

  it("rejoins hyphenated line breaks and keeps real compounds", () => {
    const text = pageText(doc, 1);
    expect(text).toContain("received the treatment twice daily");
    expect(text).toContain("a follow-up visit");
    expect(text).not.toMatch(/-\n|- /);
  });

  it("splits paragraphs at vertical gaps", () => {
    const paragraphs = doc.pages[0]?.blocks.filter((block) => block.kind === "paragraph") ?? [];
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(paragraphs.at(-1)?.text).toMatch(/^Patients received/);
  });

  it("drops running headers and page numbers", () => {
    const all = doc.pages.map((page) => pageText(doc, page.page)).join("\n");
    expect(all).not.toContain("ACME-123 Clinical Protocol");
    expect(all).not.toMatch(/Page \d of 3/);
  });

  it("reads a two-column page column by column", () => {
    const text = pageText(doc, 3);
    const order = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"].map((word) => text.indexOf(word));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("does not modify the caller's bytes", async () => {
    const copy = bytes.slice();
    await extractPdf(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe("extractPdf and chunkDocument on the integration tests' handbook", () => {
  it("keeps each page's fact in a chunk cited to that page alone", async () => {
    const pages = handbookPages();
    const doc = await extractPdf(await makePdf(pages, { title: "Clinic handbook" }));
    expect(doc.pages).toHaveLength(pages.length);
    const chunks = chunkDocument(doc);
    const fact = pages[HANDBOOK_FACT_PAGE - 1]?.lines[11] ?? "";
    expect(fact).toContain("134 degrees");
    const holders = chunks.filter((chunk) => chunk.text.includes(fact));
    expect(holders.length).toBeGreaterThan(0);
    expect(
      holders.every(
        (chunk) => chunk.pageStart === HANDBOOK_FACT_PAGE && chunk.pageEnd === HANDBOOK_FACT_PAGE,
      ),
    ).toBe(true);
  });
});

describe("extractPdf failures", () => {
  it.each([
    ["corrupt", "garbage after a PDF header", async () => makeCorruptPdf()],
    ["corrupt", "bytes that are not a PDF at all", async () => new TextEncoder().encode("hello, not a pdf")],
    ["corrupt", "an empty file", async () => new Uint8Array()],
    ["encrypted", "a password-protected PDF", makeEncryptedPdf],
    ["empty", "a PDF without any text (a scan)", makeTextlessPdf],
  ])("reports %s for %s", async (reason, _label, make) => {
    expect(await failureReason(await make())).toBe(reason);
  });

  it.skipIf(!fs.existsSync(path.join(PDFJS_CORPUS, "issue3371.pdf")))(
    "reports encrypted for a real password-protected PDF",
    async () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(PDFJS_CORPUS, "issue3371.pdf")));
      expect(await failureReason(bytes)).toBe("encrypted");
    },
  );
});
