import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ocrCandidates } from "@/ingest/extract/ocr/ocr-candidates";
import type { OcrEngine, Recognition } from "@/ingest/extract/ocr/ocr-engine";
import { DEFAULT_OCR_LIMITS, type OcrLimits } from "@/ingest/extract/ocr/ocr-limits";
import { type OcrCandidate, readPagesByOcr } from "@/ingest/extract/ocr/read-pages-by-ocr";
import type { PageRenderer, RenderedPage } from "@/ingest/extract/pdf/render-page";

type PageKind = "scan" | "blank" | "words" | "unmapped-glyphs" | "white-shapes";

const READING: Recognition = {
  blocks: [
    { paragraphs: [{ lines: [{ words: [{ text: "Sterile", confidence: 90 }], top: 0, bottom: 10 }] }] },
  ],
  confidence: 90,
};

function rendered(kind: PageKind): RenderedPage {
  const image = { width: 100, height: 100, pixels: new Uint8Array(10_000).fill(255), dpi: 300 };
  const inked = kind !== "blank" && kind !== "white-shapes";
  return {
    image,
    inkPixels: inked ? 500 : 0,
    marks: {
      graphics: kind === "scan" || kind === "white-shapes",
      text: kind === "words" || kind === "unmapped-glyphs",
    },
  };
}

function fakeRenderer(kinds: Record<number, PageKind>): PageRenderer {
  return { render: async (page) => rendered(kinds[page] ?? "scan") };
}

function countingEngine(recognize: OcrEngine["recognize"] = async () => READING) {
  const pages: number[] = [];
  const engine: OcrEngine = {
    recognize: (image, options) => {
      pages.push(image.width);
      return recognize(image, options);
    },
  };
  return { engine, pages };
}

function candidates(...pages: number[]): OcrCandidate[] {
  return pages.map((page) => ({ page, letters: 0 }));
}

const limits = (overrides: Partial<OcrLimits> = {}): OcrLimits => ({ ...DEFAULT_OCR_LIMITS, ...overrides });

describe("readPagesByOcr", () => {
  it("reads only pages that show ink from graphics or from glyphs pdf.js could not map", async () => {
    const { engine } = countingEngine();
    const result = await readPagesByOcr(
      [
        { page: 1, letters: 0 },
        { page: 2, letters: 0 },
        { page: 3, letters: 6 },
        { page: 4, letters: 0 },
        { page: 5, letters: 0 },
      ],
      fakeRenderer({ 1: "scan", 2: "blank", 3: "words", 4: "unmapped-glyphs", 5: "white-shapes" }),
      engine,
      limits(),
      () => undefined,
    );
    expect([...result.recognitions.keys()]).toEqual([1, 4]);
    expect(result).toMatchObject({ read: 2, failed: 0, skipped: 0 });
  });

  it("stops at the page limit and says which pages were left", async () => {
    const notices: string[] = [];
    const { engine } = countingEngine();
    const result = await readPagesByOcr(
      candidates(2, 5, 7, 9),
      fakeRenderer({}),
      engine,
      limits({ maxPages: 2 }),
      (m) => notices.push(m),
    );
    expect([...result.recognitions.keys()]).toEqual([2, 5]);
    expect(result).toMatchObject({ read: 2, skipped: 2, outOfTime: false });
    expect(notices).toEqual([
      "OCR stopped at its limit of 2 pages per document: 2 of 4 pages without a text layer were not read (from page 7).",
    ]);
  });

  it("gives up on a page that takes too long and goes on with the next", async () => {
    const notices: string[] = [];
    let calls = 0;
    const { engine } = countingEngine(async (_image, { signal }) => {
      calls++;
      if (calls > 1) return READING;
      return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    });
    const result = await readPagesByOcr(
      candidates(1, 2),
      fakeRenderer({}),
      engine,
      limits({ pageTimeoutMs: 30 }),
      (m) => notices.push(m),
    );
    expect([...result.recognitions.keys()]).toEqual([2]);
    expect(result).toMatchObject({ read: 2, failed: 1 });
    expect(notices).toEqual(["Page 1 was not read: OCR took longer than the 0.03 s allowed per page."]);
  });

  it("stops after three failures in a row", async () => {
    const notices: string[] = [];
    const { engine } = countingEngine(async () => {
      throw new Error("engine broke");
    });
    const result = await readPagesByOcr(candidates(1, 2, 3, 4, 5), fakeRenderer({}), engine, limits(), (m) =>
      notices.push(m),
    );
    expect(result).toMatchObject({ read: 3, failed: 3, skipped: 2 });
    expect(notices.at(0)).toBe("Page 1 was not read: OCR failed (engine broke).");
    expect(notices.at(-1)).toBe(
      "OCR stopped after failing on 3 pages in a row: 2 of 5 pages without a text layer were not read (from page 4).",
    );
  });
});

describe("readPagesByOcr at the deadline", () => {
  /** A clock that only moves when the fake engine reads a page, so the deadline falls where a case puts it. */
  let now = 0;
  beforeEach(() => {
    now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const aSecondPerPage = async () => {
    now += 1000;
    return READING;
  };

  it.each([
    {
      name: "already passed: no page is read",
      deadlineIn: 0,
      read: [],
      notice:
        "OCR stopped at the time limit: 4 of 4 pages without a text layer were not read (from page 2); raise QUIRE_EXTRACT_TIMEOUT_S to read them all.",
    },
    {
      name: "mid-way: the pages before it are read, the rest skipped",
      deadlineIn: 1500,
      read: [2, 4],
      notice:
        "OCR stopped at the time limit: 2 of 4 pages without a text layer were not read (from page 6); raise QUIRE_EXTRACT_TIMEOUT_S to read them all.",
    },
    {
      name: "mid-way, one page left: the notice says so in the singular",
      deadlineIn: 2500,
      read: [2, 4, 6],
      notice:
        "OCR stopped at the time limit: 1 of 4 pages without a text layer was not read (from page 8); raise QUIRE_EXTRACT_TIMEOUT_S to read them all.",
    },
    {
      name: "after the last page: every page is read, no notice",
      deadlineIn: 5000,
      read: [2, 4, 6, 8],
      notice: null,
    },
  ])("deadline $name", async ({ deadlineIn, read, notice }) => {
    const notices: string[] = [];
    const { engine, pages } = countingEngine(aSecondPerPage);
    const result = await readPagesByOcr(
      candidates(2, 4, 6, 8),
      fakeRenderer({}),
      engine,
      limits({ deadline: now + deadlineIn }),
      (m) => notices.push(m),
    );
    expect([...result.recognitions.keys()]).toEqual(read);
    expect(pages).toHaveLength(read.length);
    expect(result).toMatchObject({
      read: read.length,
      failed: 0,
      skipped: 4 - read.length,
      outOfTime: notice !== null,
    });
    expect(notices).toEqual(notice === null ? [] : [notice]);
  });

  it("stops the page it is reading at the deadline and counts it as not read, not as failed", async () => {
    // The clock stands still, so only the page's abort signal (a real 200 ms timer) can end page 2.
    const notices: string[] = [];
    let calls = 0;
    const { engine } = countingEngine(async (_image, { signal }) => {
      calls++;
      if (calls === 1) return READING;
      return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    });
    const result = await readPagesByOcr(
      candidates(1, 2, 3),
      fakeRenderer({}),
      engine,
      // The page's own time is far longer: only the deadline can stop the hanging page.
      limits({ pageTimeoutMs: 60_000, deadline: now + 200 }),
      (m) => notices.push(m),
    );
    expect([...result.recognitions.keys()]).toEqual([1]);
    expect(result).toMatchObject({ read: 1, failed: 0, skipped: 2, outOfTime: true });
    expect(notices).toEqual([
      "OCR stopped at the time limit: 2 of 3 pages without a text layer were not read (from page 2); raise QUIRE_EXTRACT_TIMEOUT_S to read them all.",
    ]);
  });
});

describe("ocrCandidates", () => {
  it("picks pages with fewer than 20 letters, in page order, with their letter counts", () => {
    const lines = new Map([
      [3, [{ text: "Page 3" }]],
      [1, [{ text: "Participants were randomised to two arms." }]],
      [2, []],
      [4, [{ text: "12345 67890 -- 2024" }]],
    ]);
    expect(ocrCandidates(lines)).toEqual([
      { page: 2, letters: 0 },
      { page: 3, letters: 4 },
      { page: 4, letters: 0 },
    ]);
  });
});
