import { describe, expect, it } from "vitest";
import { findText, locateInText, type PieceRange } from "@/app/components/viewer/match-text";

/** The text each found range covers, so expectations read as words rather than offsets. */
function covered(pieces: string[], ranges: PieceRange[]): string[] {
  return ranges.map((range) => (pieces[range.piece] ?? "").slice(range.start, range.end));
}

describe("findText in text-layer spans", () => {
  it.each([
    [
      "one span, different case and spacing",
      ["The autoclave runs at 134 degrees for three minutes."],
      "autoclave  RUNS at 134",
      ["autoclave runs at 134"],
    ],
    [
      "across spans and a line break",
      ["Instruments are sterilised in the", "autoclave at 134 degrees", "for three minutes."],
      "sterilised in the autoclave at 134 degrees for three",
      ["sterilised in the", "autoclave at 134 degrees", "for three"],
    ],
    [
      "a hyphen at a line end",
      ["Follow the treat-", "ment plan closely."],
      "the treatment plan",
      // The line-end hyphen itself is not part of the words, so it stays unmarked.
      ["the treat", "ment plan"],
    ],
    ["a ligature in the PDF", ["The ﬁnal dose is given at night."], "final dose", ["ﬁnal dose"]],
    [
      "punctuation the stored text lacks",
      ["Doses: 5 mg (adults), 2 mg (children)."],
      "5 mg adults 2 mg children",
      ["5 mg (adults), 2 mg (children"],
    ],
  ])("%s", (_name, pieces, target, expected) => {
    expect(covered(pieces, findText(pieces, target))).toEqual(expected);
  });

  it("finds the sentences of a passage whose blocks the page lays out in another order", () => {
    const pieces = [
      "Second block says the ward closes at nine.",
      "First block says visitors sign in at the desk.",
    ];
    const target =
      "First block says visitors sign in at the desk.\n\nSecond block says the ward closes at nine.";
    // In order: the first sentence is found, the second lies before it and is not taken out of order.
    expect(covered(pieces, findText(pieces, target))).toEqual([
      "First block says visitors sign in at the desk",
    ]);
  });

  it.each([
    ["absent words", ["Nothing relevant here."], "autoclave temperature"],
    ["an empty target", ["Some text."], " … "],
    ["only short fragments elsewhere", ["abc def"], "xyz. abc."],
  ])("finds nothing for %s", (_name, pieces, target) => {
    expect(findText(pieces, target)).toEqual([]);
  });
});

describe("locateInText", () => {
  const page =
    "Sterilisation\n\nInstruments are cleaned first.\n\nThe autoclave runs at 134 degrees for three minutes.";
  it.each([
    ["a snippet with ellipses", "…autoclave runs at 134 degrees…", "autoclave runs at 134 degrees"],
    [
      "a snippet whose spaces were collapsed",
      "cleaned first. The autoclave",
      "cleaned first.\n\nThe autoclave",
    ],
  ])("finds %s", (_name, snippet, expected) => {
    const found = locateInText(page, snippet);
    expect(found && page.slice(found.start, found.end)).toBe(expected);
  });

  it("returns null when the words are not on the page", () => {
    expect(locateInText(page, "the pharmacy opens at eight")).toBeNull();
  });
});
