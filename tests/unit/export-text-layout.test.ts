import { describe, expect, it } from "vitest";
import { printableText } from "@/lib/exports/printable-text";
import { wrapLines } from "@/lib/exports/wrap-lines";

/** One unit per character, so widths are easy to reason about. */
const charWidth = (text: string) => [...text].length;

describe("wrapLines", () => {
  it.each([
    { name: "fits on one line", text: "one two", width: 10, expected: ["one two"] },
    { name: "breaks at spaces", text: "one two three", width: 8, expected: ["one two", "three"] },
    { name: "keeps line breaks and blank lines", text: "a\n\nb", width: 5, expected: ["a", "", "b"] },
    { name: "collapses runs of spaces", text: "a    b", width: 5, expected: ["a b"] },
    {
      name: "splits a word wider than the line",
      text: "abcdefghij",
      width: 4,
      expected: ["abcd", "efgh", "ij"],
    },
    {
      name: "continues after a split word",
      text: "x abcdefg y",
      width: 4,
      expected: ["x", "abcd", "efg", "y"],
    },
    { name: "an empty text is one empty line", text: "", width: 4, expected: [""] },
    { name: "never splits a surrogate pair", text: "🙂🙂🙂", width: 2, expected: ["🙂🙂", "🙂"] },
  ])("$name", ({ text, width, expected }) => {
    expect(wrapLines(text, width, charWidth)).toEqual(expected);
  });
});

describe("printableText", () => {
  const latinOnly = (codePoint: number) => codePoint < 0x250;
  it.each([
    { name: "plain text is kept", text: "Dose: 5 mg/kg", expected: "Dose: 5 mg/kg" },
    { name: "missing glyphs become ?", text: "剂量 ok", expected: "?? ok" },
    { name: "an astral character is one ?", text: "a🙂b", expected: "a?b" },
    { name: "tabs and odd spaces become spaces", text: "a\tb\u00a0c", expected: "a b c" },
    { name: "CRLF becomes one line break", text: "a\r\nb\rc", expected: "a\nb\nc" },
    { name: "control characters are dropped", text: "a\u0007b\u0085c", expected: "abc" },
  ])("$name", ({ text, expected }) => {
    expect(printableText(text, latinOnly)).toBe(expected);
  });
});
