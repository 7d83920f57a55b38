import { describe, expect, it } from "vitest";
import type { Recognition, RecognizedLine } from "@/ingest/extract/ocr/ocr-engine";
import { readTesseractPage } from "@/ingest/extract/ocr/read-tesseract-page";
import { recognitionToBlocks, recognizedLineTexts } from "@/ingest/extract/ocr/recognition-to-blocks";

const LINE_HEIGHT = 40;
const LEADING = 20;

/** Lines laid out like a scan: 40 px tall, 20 px apart, one more line's space at each "" entry. */
function paragraphsOf(texts: string[][], confidence = 90): Recognition {
  let top = 100;
  const paragraphs = texts.map((lines) => ({
    lines: lines.flatMap((text): RecognizedLine[] => {
      if (text === "") {
        top += LINE_HEIGHT + LEADING;
        return [];
      }
      const line = {
        words: text.split(" ").map((word) => ({ text: word, confidence })),
        top,
        bottom: top + LINE_HEIGHT,
      };
      top += LINE_HEIGHT + LEADING;
      return [line];
    }),
  }));
  return { blocks: [{ paragraphs }], confidence };
}

const texts = (recognition: Recognition) =>
  recognitionToBlocks(recognition, new Set()).map((block) => block.text);

describe("recognitionToBlocks", () => {
  it("joins a paragraph's lines into one paragraph block", () => {
    const blocks = recognitionToBlocks(
      paragraphsOf([["Instruments are cleaned", "before sterilisation."]]),
      new Set(),
    );
    expect(blocks).toEqual([{ kind: "paragraph", text: "Instruments are cleaned before sterilisation." }]);
  });

  it("starts a paragraph at a blank-line gap that tesseract glued over", () => {
    expect(texts(paragraphsOf([["STERILISATION", "", "Instruments are cleaned", "before use."]]))).toEqual([
      "STERILISATION",
      "Instruments are cleaned before use.",
    ]);
  });

  it("rejoins a sentence tesseract split into two paragraphs, but not a finished one", () => {
    expect(texts(paragraphsOf([["Each load is recorded"], ["in the log."], ["Packs are dated."]]))).toEqual([
      "Each load is recorded in the log.",
      "Packs are dated.",
    ]);
  });

  it("rejoins words hyphenated at a line break", () => {
    expect(texts(paragraphsOf([["steam steri-", "lisation at 134 degrees"]]))).toEqual([
      "steam sterilisation at 134 degrees",
    ]);
  });

  it("drops table rules and low-confidence specks but keeps confident punctuation", () => {
    const recognition: Recognition = {
      blocks: [
        {
          paragraphs: [
            {
              lines: [
                {
                  words: [
                    { text: "|", confidence: 95 },
                    { text: "Week", confidence: 92 },
                    { text: "1", confidence: 90 },
                    { text: "~~", confidence: 60 },
                    { text: "—", confidence: 88 },
                    { text: "‘", confidence: 30 },
                    { text: "|yoga", confidence: 91 },
                  ],
                  top: 0,
                  bottom: 40,
                },
              ],
            },
          ],
        },
      ],
      confidence: 90,
    };
    expect(texts(recognition)).toEqual(["Week 1 — yoga"]);
  });

  it("yields nothing for a photograph read as letters", () => {
    expect(texts(paragraphsOf([["EE", "JE", "FE I"], ["es -—e i"]], 25))).toEqual([]);
  });

  it("never merges separate blocks (columns, table cells)", () => {
    const left = paragraphsOf([["Left column text"]]).blocks;
    const right = paragraphsOf([["continues here"]]).blocks;
    expect(texts({ blocks: [...left, ...right], confidence: 90 })).toEqual([
      "Left column text",
      "continues here",
    ]);
  });

  it("lists every line's words for the vocabulary", () => {
    expect(recognizedLineTexts(paragraphsOf([["follow-up visit", "", "second line"]]))).toEqual([
      "follow-up visit",
      "second line",
    ]);
  });
});

describe("readTesseractPage", () => {
  it("keeps blocks, paragraphs, lines, word confidences and line edges", () => {
    const bbox = { x0: 10, y0: 20, x1: 300, y1: 60 };
    const line = { text: "Hello world\n", bbox, words: [{ text: "Hello", confidence: 91.5, bbox }] };
    const page = { confidence: 88, blocks: [{ paragraphs: [{ lines: [line] }] }] };
    expect(readTesseractPage(page as unknown as Parameters<typeof readTesseractPage>[0])).toEqual({
      blocks: [
        { paragraphs: [{ lines: [{ words: [{ text: "Hello", confidence: 91.5 }], top: 20, bottom: 60 }] }] },
      ],
      confidence: 88,
    });
  });

  it("reads a page without blocks as empty", () => {
    expect(readTesseractPage({ blocks: null, confidence: 0 })).toEqual({ blocks: [], confidence: 0 });
  });
});

describe("recognitionToBlocks on a page of few lines", () => {
  it("still breaks at a blank line when it is the only gap on the page", () => {
    expect(texts(paragraphsOf([["STERILISATION", "", "Each load is recorded."]]))).toEqual([
      "STERILISATION",
      "Each load is recorded.",
    ]);
  });
});
