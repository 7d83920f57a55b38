import { describe, expect, it } from "vitest";
import { citationsIn, withoutCitationMarkers } from "@/lib/claims/citation-markers";
import { extractClaims } from "@/lib/claims/extract-claims";
import { splitSentences } from "@/lib/claims/split-sentences";

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe("splitSentences (answers and source passages)", () => {
  it.each([
    ["plain sentences", "One fact. Two facts! Three? Four", ["One fact.", "Two facts!", "Three?", "Four"]],
    [
      "abbreviations",
      "Use a tracer, e.g. Technetium. Dr. Smith agrees. Give approx. 5 mg daily.",
      ["Use a tracer, e.g. Technetium.", "Dr. Smith agrees.", "Give approx. 5 mg daily."],
    ],
    ["decimals", "The dose is 2.5 mg. It rises to 3.75 mg.", ["The dose is 2.5 mg.", "It rises to 3.75 mg."]],
    ["initials", "Written by J. R. Smith. Read it.", ["Written by J. R. Smith.", "Read it."]],
    [
      "markers before the period",
      "Cycles run at 134 °C [1]. Visitors leave at eight [2, 3].",
      ["Cycles run at 134 °C [1].", "Visitors leave at eight [2, 3]."],
    ],
    [
      "markers after the period stay with their sentence",
      "Cycles run at 134 °C. [1] Visitors leave at eight. [2][3] Done.",
      ["Cycles run at 134 °C. [1]", "Visitors leave at eight. [2][3]", "Done."],
    ],
    [
      "a bulleted list after a label",
      "Dosage:\n- Adults take 5 mg [1]\n- Children take 2.5 mg [2]",
      ["Dosage:", "Adults take 5 mg [1]", "Children take 2.5 mg [2]"],
    ],
    [
      "a numbered list",
      "Steps:\n1. Wash hands [1].\n2. Wear gloves [1].",
      ["Steps:", "Wash hands [1].", "Wear gloves [1]."],
    ],
    [
      "paragraphs without final punctuation",
      "First paragraph without a period\n\nSecond one.",
      ["First paragraph without a period", "Second one."],
    ],
    [
      "a line wrap inside a sentence",
      "Autoclave cycles run\nat 134 degrees. Next.",
      ["Autoclave cycles run\nat 134 degrees.", "Next."],
    ],
    ["bold text", "**Note.** Keep it dry.", ["**Note.**", "Keep it dry."]],
  ])("%s", (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("gives offsets that slice exactly the sentence out of the text", () => {
    const input = "  Dosage:\n- Adults take 5 mg [1]\n\nCycles run at 134 °C. [1] Done.";
    for (const sentence of splitSentences(input)) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});

describe("citation markers", () => {
  it.each([
    ["Cycles run at 134 °C [1].", [1]],
    ["Both agree [2, 3].", [2, 3]],
    ["A range [1-3] and [5].", [1, 2, 3, 5]],
    ["Twice [2][2].", [2]],
    ["None here, only 2 numbers.", []],
  ])("%s cites %j", (sentence, expected) => {
    expect(citationsIn(sentence)).toEqual(expected);
  });

  it("strips markers so their numbers are not read as quantities", () => {
    expect(withoutCitationMarkers("Take 5 mg [2].")).toBe("Take 5 mg  .");
  });
});

describe("extractClaims", () => {
  it("makes every stating sentence a claim, keeping its markers and dropping unknown source numbers", () => {
    const answer =
      "According to the documents, cycles run at 134 °C [1]. Also: \n- Visitors leave at eight [2, 9].\n\nPatients should take 500 mg of vitamin C daily.";
    expect(extractClaims(answer, 2).map(({ text, citations }) => ({ text, citations }))).toEqual([
      { text: "According to the documents, cycles run at 134 °C [1].", citations: [1] },
      { text: "Visitors leave at eight [2, 9].", citations: [2] },
      { text: "Patients should take 500 mg of vitamin C daily.", citations: [] },
    ]);
  });

  it("does not check the sentence that declines to answer, nor text without content words", () => {
    expect(extractClaims("The documents do not contain the answer to this question.", 3)).toEqual([]);
    expect(extractClaims("Yes. It is so [1].", 3)).toEqual([]);
  });
});
