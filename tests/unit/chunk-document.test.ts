import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkDocument } from "@/ingest/chunk/chunk-document";
import type { ChunkDraft, ExtractedDocument, TextBlock } from "@/lib/domain/types";
import { estimateTokens } from "@/lib/text/estimate-tokens";

const WORDS = [
  "renal",
  "dose",
  "infusion",
  "baseline",
  "cohort",
  "placebo",
  "visit",
  "sample",
  "adverse",
  "protocol",
];

/** A unique, recognisable sentence of about 14 tokens; `id` makes it findable in chunks. */
function sentence(id: string): string {
  const seed = [...id].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const word = (offset: number) => WORDS[(seed + offset) % WORDS.length];
  return `Sentence ${id} covers the ${word(1)} and ${word(2)} of the ${word(3)} phase.`;
}

function paragraph(id: string, sentences: number): TextBlock {
  return {
    kind: "paragraph",
    text: Array.from({ length: sentences }, (_, i) => sentence(`${id}.${i}`)).join(" "),
  };
}

const heading = (level: number, text: string): TextBlock => ({ kind: "heading", level, text });

function allSentences(doc: ExtractedDocument): Array<{ text: string; page: number }> {
  return doc.pages.flatMap((page) =>
    page.blocks.flatMap((block) =>
      block.kind === "heading"
        ? []
        : block.text.split(/(?<=\.)\s+/).map((text) => ({ text, page: page.page })),
    ),
  );
}

function chunksContaining(chunks: ChunkDraft[], text: string): ChunkDraft[] {
  return chunks.filter((chunk) => chunk.text.includes(text));
}

/** A protocol-like document: sections and subsections over six pages, one paragraph crossing pages. */
const protocol: ExtractedDocument = {
  title: "Protocol",
  pages: [
    {
      page: 1,
      blocks: [
        heading(1, "1 Introduction"),
        paragraph("intro", 12),
        heading(2, "1.1 Background"),
        paragraph("bg", 20),
      ],
    },
    { page: 2, blocks: [paragraph("bg2", 25), heading(2, "1.2 Rationale"), paragraph("rat", 6)] },
    { page: 3, blocks: [heading(1, "2 Methods"), paragraph("meth", 70)] },
    { page: 4, blocks: [paragraph("meth2", 10), heading(2, "2.1 Population"), paragraph("pop", 8)] },
    {
      page: 5,
      blocks: [
        heading(3, "2.1.1 Inclusion"),
        paragraph("inc", 5),
        heading(3, "2.1.2 Exclusion"),
        paragraph("exc", 5),
      ],
    },
    { page: 6, blocks: [heading(1, "3 Statistics"), paragraph("stat", 30)] },
  ],
};

describe("chunkDocument", () => {
  const chunks = chunkDocument(protocol);

  it("numbers chunks 0..n-1", () => {
    expect(chunks.map((chunk) => chunk.ordinal)).toEqual(chunks.map((_, index) => index));
  });

  it("keeps every chunk within the maximum and most near the target", () => {
    expect(chunks.every((chunk) => chunk.tokenCount <= 500)).toBe(true);
    expect(chunks.every((chunk) => chunk.tokenCount === estimateTokens(chunk.text))).toBe(true);
    // Only a chapter boundary may close a chunk early, and never below a third of minTokens.
    const inner = chunks.slice(0, -1);
    expect(inner.every((chunk) => chunk.tokenCount >= 100)).toBe(true);
    expect(inner.filter((chunk) => chunk.tokenCount >= 300).length).toBeGreaterThanOrEqual(inner.length - 1);
  });

  it("loses no text: every sentence appears in some chunk", () => {
    const missing = allSentences(protocol).filter(
      (entry) => chunksContaining(chunks, entry.text).length === 0,
    );
    expect(missing).toEqual([]);
  });

  it("records the pages of the text each chunk actually contains", () => {
    const pageOf = new Map(allSentences(protocol).map((entry) => [entry.text, entry.page]));
    for (const chunk of chunks) {
      const pages = [...pageOf].filter(([text]) => chunk.text.includes(text)).map(([, page]) => page);
      expect([chunk.pageStart, chunk.pageEnd]).toEqual([Math.min(...pages), Math.max(...pages)]);
    }
    expect(chunks.some((chunk) => chunk.pageStart < chunk.pageEnd)).toBe(true);
  });

  it("repeats the last sentences of a chunk when a section continues in the next", () => {
    const methods = chunks.filter((chunk) => chunk.text.includes("Sentence meth."));
    expect(methods.length).toBeGreaterThan(2);
    for (let index = 1; index < methods.length; index++) {
      const previous = methods[index - 1]?.text ?? "";
      const next = methods[index]?.text ?? "";
      const firstSentence = next.split(/(?<=\.)\s+/)[0] ?? "";
      const overlap = previous.slice(previous.lastIndexOf(firstSentence));
      expect(previous.includes(firstSentence) && next.startsWith(overlap)).toBe(true);
      expect(estimateTokens(overlap)).toBeLessThanOrEqual(60);
      expect(estimateTokens(overlap)).toBeGreaterThan(20);
    }
  });

  it("starts a chunk at a heading once the previous one is full, with the heading leading its text", () => {
    const methodsStart = chunks.find((chunk) => chunk.text.includes("2 Methods"));
    expect(methodsStart?.text.startsWith("2 Methods\n\nSentence meth.0")).toBe(true);
    expect(methodsStart?.headingPath).toEqual(["2 Methods"]);
    expect(chunks.every((chunk) => !/\n\n(1\.1 Background|2 Methods|3 Statistics)$/.test(chunk.text))).toBe(
      true,
    );
  });

  it("gives each chunk the heading path its text shares", () => {
    const statistics = chunksContaining(chunks, "Sentence stat.29")[0];
    expect(statistics?.headingPath).toEqual(["3 Statistics"]);
    const background = chunksContaining(chunks, "Sentence bg2.10")[0];
    expect(background?.headingPath).toEqual(["1 Introduction", "1.1 Background"]);
    // Small subsections share a chunk, which is then filed under their common parent.
    const eligibility = chunksContaining(chunks, "Sentence exc.4")[0];
    expect(eligibility?.text).toContain("2.1.1 Inclusion");
    expect(eligibility?.headingPath).toEqual(["2 Methods", "2.1 Population"]);
  });

  it("never starts a chunk with artificial text", () => {
    expect(chunks.every((chunk) => /^(Sentence|\d)/.test(chunk.text))).toBe(true);
  });

  it("is deterministic", () => {
    expect(chunkDocument(protocol)).toEqual(chunks);
  });

  it("makes one chunk of a tiny document and none of an empty one", () => {
    const tiny: ExtractedDocument = {
      pages: [{ page: 1, blocks: [heading(1, "Note"), { kind: "paragraph", text: "Short." }] }],
    };
    expect(chunkDocument(tiny)).toEqual([
      {
        ordinal: 0,
        text: "Note\n\nShort.",
        pageStart: 1,
        pageEnd: 1,
        headingPath: ["Note"],
        tokenCount: 3,
        ocr: false,
      },
    ]);
    expect(chunkDocument({ pages: [] })).toEqual([]);
    expect(chunkDocument({ pages: [{ page: 1, blocks: [{ kind: "paragraph", text: "  " }] }] })).toEqual([]);
  });

  it("splits a paragraph without sentence breaks at word boundaries", () => {
    const words = Array.from({ length: 1200 }, (_, index) => `cell${index}`).join(" ");
    const split = chunkDocument({ pages: [{ page: 7, blocks: [{ kind: "paragraph", text: words }] }] });
    expect(split.length).toBeGreaterThan(2);
    expect(split.every((chunk) => chunk.tokenCount <= 500 && chunk.pageStart === 7)).toBe(true);
    expect(split.every((chunk) => /^cell\d+/.test(chunk.text))).toBe(true);
    expect(
      ["cell0", "cell599", "cell1199"].every((word) =>
        split.some(
          (chunk) =>
            chunk.text.includes(` ${word} `) ||
            chunk.text.startsWith(`${word} `) ||
            chunk.text.endsWith(` ${word}`),
        ),
      ),
    ).toBe(true);
  });

  it("honours custom sizes", () => {
    const small = chunkDocument(protocol, {
      targetTokens: 120,
      maxTokens: 150,
      minTokens: 80,
      overlapTokens: 20,
    });
    expect(small.length).toBeGreaterThan(chunks.length);
    expect(small.every((chunk) => chunk.tokenCount <= 150)).toBe(true);
  });
});

describe("chunkDocument page labels and OCR marks", () => {
  /** Small sizes so that a page of seven sentences (about 100 tokens) fills a chunk. */
  const SMALL = { targetTokens: 120, maxTokens: 150, minTokens: 80, overlapTokens: 0 };
  const page = (
    number: number,
    blocks: TextBlock[],
    extra: { label?: string; ocr?: boolean } = {},
  ): ExtractedDocument["pages"][number] => ({ page: number, blocks, ...extra });

  const cases: Array<{
    name: string;
    pages: ExtractedDocument["pages"];
    expected: Array<Pick<ChunkDraft, "pageStart" | "pageEnd" | "pageLabel" | "ocr">>;
  }> = [
    {
      name: "a chunk spanning two slides takes the first slide's label",
      pages: [
        page(1, [heading(1, "Agenda"), paragraph("s1", 7)], { label: "Slide 1" }),
        page(2, [heading(1, "Budget"), paragraph("s2", 2)], { label: "Slide 2" }),
        page(3, [paragraph("s3", 2)], { label: "Slide 3" }),
      ],
      expected: [
        { pageStart: 1, pageEnd: 1, pageLabel: "Slide 1", ocr: false },
        { pageStart: 2, pageEnd: 3, pageLabel: "Slide 2", ocr: false },
      ],
    },
    {
      name: "a sheet's label names its chunk",
      pages: [page(1, [heading(1, "Budget"), paragraph("b", 2)], { label: "Sheet: Budget" })],
      expected: [{ pageStart: 1, pageEnd: 1, pageLabel: "Sheet: Budget", ocr: false }],
    },
    {
      name: "in a mixed PDF only the scanned page's chunk is marked OCR",
      pages: [
        page(1, [heading(1, "Cleaning"), paragraph("p1", 7)]),
        page(2, [heading(1, "Sterilising"), paragraph("p2", 7)], { ocr: true }),
        page(3, [heading(1, "Storage"), paragraph("p3", 7)], { ocr: false }),
      ],
      expected: [
        { pageStart: 1, pageEnd: 1, pageLabel: undefined, ocr: false },
        { pageStart: 2, pageEnd: 2, pageLabel: undefined, ocr: true },
        { pageStart: 3, pageEnd: 3, pageLabel: undefined, ocr: false },
      ],
    },
    {
      name: "a chunk holding some OCR'd text is marked even when it starts on a text page",
      pages: [page(1, [paragraph("t", 1)]), page(2, [paragraph("o", 1)], { ocr: true })],
      expected: [{ pageStart: 1, pageEnd: 2, pageLabel: undefined, ocr: true }],
    },
    {
      name: "a blank label counts as none",
      pages: [page(1, [paragraph("x", 1)], { label: "  " })],
      expected: [{ pageStart: 1, pageEnd: 1, pageLabel: undefined, ocr: false }],
    },
  ];

  it.each(cases)("$name", ({ pages, expected }) => {
    const result = chunkDocument({ pages }, SMALL);
    expect(
      result.map(({ pageStart, pageEnd, pageLabel, ocr }) => ({ pageStart, pageEnd, pageLabel, ocr })),
    ).toEqual(expected);
    // "No label" is an absent field, never an empty string, so callers can test with `=== undefined`.
    expect(result.filter((chunk) => "pageLabel" in chunk && !chunk.pageLabel)).toEqual([]);
  });
});

describe("chunkDocument invariants on random documents", () => {
  const block = fc.oneof(
    fc.record({
      kind: fc.constant("heading" as const),
      level: fc.integer({ min: 1, max: 4 }),
      text: fc.constantFrom("Scope", "Dosing", "Safety", "Appendix"),
    }),
    fc.integer({ min: 1, max: 60 }).map((count) => ({ kind: "paragraph" as const, count })),
  );
  const documents = fc
    .array(fc.array(block, { maxLength: 6 }), { minLength: 1, maxLength: 5 })
    .map((pages) => {
      let counter = 0;
      return {
        pages: pages.map((blocks, index) => ({
          page: index + 1,
          blocks: blocks.map(
            (entry): TextBlock => ("count" in entry ? paragraph(`r${counter++}`, entry.count) : entry),
          ),
        })),
      };
    });
  const sizes = fc.record({
    maxTokens: fc.integer({ min: 60, max: 600 }),
    overlap: fc.integer({ min: 0, max: 80 }),
  });

  it("keeps sizes, order, pages and every sentence", () => {
    fc.assert(
      fc.property(documents, sizes, (doc, { maxTokens, overlap }) => {
        const options = { maxTokens, targetTokens: Math.round(maxTokens * 0.8), overlapTokens: overlap };
        const result = chunkDocument(doc, options);
        expect(result.map((chunk) => chunk.ordinal)).toEqual(result.map((_, index) => index));
        for (const chunk of result) {
          expect(chunk.tokenCount).toBeLessThanOrEqual(maxTokens);
          expect(chunk.pageStart).toBeLessThanOrEqual(chunk.pageEnd);
        }
        for (const entry of allSentences(doc)) {
          const holders = chunksContaining(result, entry.text);
          expect(holders.length).toBeGreaterThan(0);
          expect(holders.some((chunk) => chunk.pageStart <= entry.page && entry.page <= chunk.pageEnd)).toBe(
            true,
          );
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
