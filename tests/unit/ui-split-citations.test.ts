import { describe, expect, it } from "vitest";
import {
  citedNumbers,
  hidePartialCitation,
  splitCitations,
  splitParagraphs,
} from "@/app/components/ask/split-citations";

const known = new Set([1, 2, 3]);

describe("splitCitations", () => {
  it("turns [n] markers into citations between text", () => {
    expect(splitCitations("Autoclave at 134 degrees [1].", known)).toEqual([
      { kind: "text", text: "Autoclave at 134 degrees " },
      { kind: "citation", n: 1 },
      { kind: "text", text: "." },
    ]);
  });

  it("splits comma-separated and adjacent markers", () => {
    expect(splitCitations("A [1, 2] B [2][3]", known)).toEqual([
      { kind: "text", text: "A " },
      { kind: "citation", n: 1 },
      { kind: "citation", n: 2 },
      { kind: "text", text: " B " },
      { kind: "citation", n: 2 },
      { kind: "citation", n: 3 },
    ]);
  });

  it("expands short ranges", () => {
    expect(splitCitations("[1-3]", known)).toEqual([
      { kind: "citation", n: 1 },
      { kind: "citation", n: 2 },
      { kind: "citation", n: 3 },
    ]);
  });

  it("leaves numbers that are not sources as plain text", () => {
    expect(splitCitations("See [7] and [1, 9].", known)).toEqual([
      { kind: "text", text: "See [7] and " },
      { kind: "citation", n: 1 },
      { kind: "text", text: "[9]." },
    ]);
  });

  it("leaves other bracketed text alone", () => {
    const text = "Use [the form] or [a1] or [] or [1.5].";
    expect(splitCitations(text, known)).toEqual([{ kind: "text", text }]);
  });

  it("makes no citations when no sources are known", () => {
    expect(splitCitations("Nothing [1].", new Set())).toEqual([{ kind: "text", text: "Nothing [1]." }]);
  });

  it("returns nothing for empty text", () => {
    expect(splitCitations("", known)).toEqual([]);
  });

  it("never produces HTML: markup in the text stays text", () => {
    expect(splitCitations("<b>x</b> [2]", known)[0]).toEqual({ kind: "text", text: "<b>x</b> " });
  });
});

describe("splitParagraphs", () => {
  it("splits on blank lines and trims", () => {
    expect(splitParagraphs("One.\nStill one.\n\n  Two. \n \n\n\nThree.")).toEqual([
      "One.\nStill one.",
      "Two.",
      "Three.",
    ]);
  });

  it("handles CRLF and empty text", () => {
    expect(splitParagraphs("a\r\n\r\nb")).toEqual(["a", "b"]);
    expect(splitParagraphs("  \n\n ")).toEqual([]);
  });
});

describe("citedNumbers", () => {
  it("lists distinct known numbers in first-cited order", () => {
    expect(citedNumbers("x [3] y [1, 3] z [8]", known)).toEqual([3, 1]);
  });
});

describe("hidePartialCitation", () => {
  it("hides an unfinished trailing marker", () => {
    expect(hidePartialCitation("text [")).toBe("text ");
    expect(hidePartialCitation("text [1")).toBe("text ");
    expect(hidePartialCitation("text [1, 2")).toBe("text ");
  });

  it("keeps complete markers and other text", () => {
    expect(hidePartialCitation("text [1]")).toBe("text [1]");
    expect(hidePartialCitation("text [see")).toBe("text [see");
  });
});
