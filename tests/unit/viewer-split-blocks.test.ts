import { describe, expect, it } from "vitest";
import { type StoredBlock, splitBlocks } from "@/app/components/viewer/split-blocks";

const TEXT = "Dosage\n\nAdults take 5 mg daily.\n\nChildren take 2 mg.";
const BLOCKS: StoredBlock[] = [
  { kind: "heading", level: 2, start: 0, end: 6 },
  { kind: "paragraph", start: 8, end: 31 },
  { kind: "paragraph", start: 33, end: 52 },
];

function spanOf(words: string): { start: number; end: number } {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return { start, end: start + words.length };
}

describe("splitBlocks", () => {
  it.each([
    ["no span", null, [["Dosage"], ["Adults take 5 mg daily."], ["Children take 2 mg."]], []],
    [
      "a span inside one paragraph",
      spanOf("5 mg"),
      [["Dosage"], ["Adults take ", "5 mg", " daily."], ["Children take 2 mg."]],
      ["5 mg"],
    ],
    [
      "a span across two blocks (the separator is not shown)",
      spanOf("daily.\n\nChildren"),
      [["Dosage"], ["Adults take 5 mg ", "daily."], ["Children", " take 2 mg."]],
      ["daily.", "Children"],
    ],
    [
      "a span covering a whole heading",
      spanOf("Dosage"),
      [["Dosage"], ["Adults take 5 mg daily."], ["Children take 2 mg."]],
      ["Dosage"],
    ],
  ])("%s", (_name, span, expectedTexts, expectedMarked) => {
    const blocks = splitBlocks(TEXT, BLOCKS, span);
    expect(blocks.map((block) => block.parts.map((part) => part.text))).toEqual(expectedTexts);
    expect(
      blocks.flatMap((block) => block.parts.filter((part) => part.marked).map((part) => part.text)),
    ).toEqual(expectedMarked);
  });

  it("keeps heading levels and defaults a missing level to 1", () => {
    const blocks = splitBlocks(
      "Title\n\nBody",
      [
        { kind: "heading", start: 0, end: 5 },
        { kind: "paragraph", start: 7, end: 11 },
      ],
      null,
    );
    expect(blocks.map((block) => [block.kind, block.level])).toEqual([
      ["heading", 1],
      ["paragraph", 1],
    ]);
    expect(splitBlocks(TEXT, BLOCKS, null)[0]).toMatchObject({ kind: "heading", level: 2 });
  });

  it("shows a page stored without blocks as one paragraph", () => {
    expect(splitBlocks("Plain text page", [], { start: 6, end: 10 })).toEqual([
      {
        kind: "paragraph",
        level: 1,
        parts: [
          { text: "Plain ", marked: false },
          { text: "text", marked: true },
          { text: " page", marked: false },
        ],
      },
    ]);
  });
});
