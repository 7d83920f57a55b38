import { describe, expect, it } from "vitest";
import { splitSentences } from "@/ingest/chunk/split-sentences";
import { splitToFit } from "@/ingest/chunk/split-to-fit";
import { estimateTokens } from "@/lib/text/estimate-tokens";

describe("splitSentences", () => {
  it.each([
    ["plain sentences", "One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]],
    [
      "e.g. and i.e.",
      "Use a tracer, e.g. Technetium. Then wait, i.e. Rest.",
      ["Use a tracer, e.g. Technetium.", "Then wait, i.e. Rest."],
    ],
    [
      "titles",
      "Dr. Smith and Prof. Jones met Mr. Brown. They agreed.",
      ["Dr. Smith and Prof. Jones met Mr. Brown.", "They agreed."],
    ],
    [
      "figure and table references",
      "See Fig. 3 and Tab. 2 for details. Results follow.",
      ["See Fig. 3 and Tab. 2 for details.", "Results follow."],
    ],
    ["decimals", "The dose was 2.5 mg. It rose to 3.75 mg.", ["The dose was 2.5 mg.", "It rose to 3.75 mg."]],
    ["initials", "Written by J. R. Tolkien. Read it.", ["Written by J. R. Tolkien.", "Read it."]],
    [
      "dotted acronyms",
      "Approved in the U.S. Market today. Fine.",
      ["Approved in the U.S. Market today.", "Fine."],
    ],
    [
      "et al.",
      "As Smith et al. Showed in 2019, it works. Next.",
      ["As Smith et al. Showed in 2019, it works.", "Next."],
    ],
    [
      "list numbers",
      "1. Patients aged 18. 2. Signed consent.",
      ["1. Patients aged 18.", "2. Signed consent."],
    ],
    [
      "lowercase continuation",
      "It costs approx. five dollars vs. ten. Done.",
      ["It costs approx. five dollars vs. ten.", "Done."],
    ],
    [
      "closing quotes and brackets",
      'He said "stop." Then (quietly.) She left.',
      ['He said "stop."', "Then (quietly.)", "She left."],
    ],
    [
      "years and numbers after a period",
      "It ended in 2019. 2020 was different.",
      ["It ended in 2019.", "2020 was different."],
    ],
    ["ellipsis", "Wait… Then go.", ["Wait…", "Then go."]],
    ["CJK full stops", "这是第一句。这是第二句！", ["这是第一句。", "这是第二句！"]],
    [
      "newlines as whitespace",
      "First line\nstill first. Second\nsentence.",
      ["First line\nstill first.", "Second\nsentence."],
    ],
    ["empty text", "   ", []],
  ])("handles %s", (_label, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("loses no characters except the whitespace between sentences", () => {
    const text = "Alpha beta. Gamma e.g. delta! Epsilon? Zeta 3.5 eta. Theta";
    expect(splitSentences(text).join(" ")).toBe(text);
  });
});

describe("estimateTokens", () => {
  it.each([
    ["empty", "", 0],
    ["words", "the quick brown fox", 6],
    ["long identifiers count by characters", "NCT06151600_Prot_000_amendment", 8],
    ["ideographs count one each", "这是第一句", 5],
  ])("%s", (_label, text, expected) => {
    expect(estimateTokens(text)).toBe(expected);
  });

  it("is monotonic when text is appended", () => {
    expect(estimateTokens("a b c d e f")).toBeGreaterThan(estimateTokens("a b c"));
  });
});

describe("splitToFit", () => {
  it("keeps sentences whole when they fit", () => {
    expect(splitToFit("Short one. Short two.", 10)).toEqual(["Short one.", "Short two."]);
  });

  it("splits an overlong sentence at word boundaries", () => {
    const sentence = Array.from({ length: 100 }, (_, index) => `word${index}`).join(" ");
    const pieces = splitToFit(sentence, 20);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => estimateTokens(piece) <= 20)).toBe(true);
    expect(pieces.join(" ")).toBe(sentence);
  });

  it("cuts a single enormous token into pieces that fit", () => {
    const blob = "x".repeat(1000);
    const pieces = splitToFit(blob, 50);
    expect(pieces.every((piece) => estimateTokens(piece) <= 50)).toBe(true);
    expect(pieces.join("")).toBe(blob);
  });
});
