import { describe, expect, it } from "vitest";
import { locateInPages } from "@/lib/claims/locate-in-pages";
import { locatePassage } from "@/lib/claims/locate-passage";
import { locateSourcePassage } from "@/lib/claims/locate-source-passage";

describe("locatePassage", () => {
  it.each([
    ["exact", "Intro.\n\nCycles run at 134 °C.", "Cycles run at 134 °C.", "Cycles run at 134 °C."],
    [
      "wrapped lines",
      "Intro. Cycles run\nat   134 °C. End.",
      "Cycles run at 134 °C.",
      "Cycles run\nat   134 °C.",
    ],
    ["a block break inside", "Heading\n\nFirst line", "Heading First line", "Heading\n\nFirst line"],
    [
      "hyphenated at a line end",
      "The steril-\nisation cycle",
      "sterilisation cycle",
      "steril-\nisation cycle",
    ],
    ["a compound split", "self-\ncare matters", "self-care matters", "self-\ncare matters"],
    ["case and curly quotes", "He said “Wash Hands”.", 'he said "wash hands"', "He said “Wash Hands”"],
    ["a ligature", "Conﬁrm the dose", "Confirm the dose", "Conﬁrm the dose"],
  ])("%s", (_case, text, passage, expected) => {
    const range = locatePassage(text, passage);
    expect(range).not.toBeNull();
    expect(text.slice(range?.start, range?.end)).toBe(expected);
  });

  it("returns null when the words are not there, or differ", () => {
    expect(locatePassage("Cycles run at 134 °C.", "Cycles run at 121 °C.")).toBeNull();
    expect(locatePassage("Anything", "   ")).toBeNull();
  });
});

describe("locating on stored pages", () => {
  const pages: Record<string, string> = {
    "d:1": "Cover page",
    "d:2": "Heading\n\nThe passage starts here and goes on. It continues.",
    "d:3": "It continues on the next page.",
  };
  const readPage = (documentId: string, page: number) => pages[`${documentId}:${page}`];

  it("searches the chunk's pages in order and reports the page that holds the passage", () => {
    expect(
      locateInPages(readPage, { documentId: "d", pageStart: 1, pageEnd: 3 }, "on the next page"),
    ).toEqual({
      page: 3,
      start: 13,
      end: 29,
    });
    expect(
      locateInPages(readPage, { documentId: "d", pageStart: 1, pageEnd: 2 }, "on the next page"),
    ).toBeNull();
  });

  it("places a chunk that runs onto the next page by its opening on the first page", () => {
    const text = "The passage starts here and goes on. It continues.\n\nIt continues on the next page.";
    const location = locateSourcePassage(readPage, { documentId: "d", pageStart: 2, text });
    expect(location?.page).toBe(2);
    expect(pages["d:2"]?.slice(location?.start, location?.end)).toBe(
      "The passage starts here and goes on. It continues.",
    );
  });

  it("gives no location when the page text is missing", () => {
    expect(locateSourcePassage(readPage, { documentId: "other", pageStart: 1, text: "Anything" })).toBeNull();
  });
});
