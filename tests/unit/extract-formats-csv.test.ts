import { describe, expect, it } from "vitest";
import { extractCsv } from "@/ingest/extract/formats/extract-csv";
import { MAX_ROWS_PER_SHEET } from "@/ingest/extract/formats/shared/sheet-limits";

const utf8 = (text: string) => new TextEncoder().encode(text);
const paragraphs = (bytes: Uint8Array, options?: { tabSeparated?: boolean }) =>
  extractCsv(bytes, options).pages.flatMap((page) => page.blocks.map((block) => block.text));

describe("extractCsv", () => {
  it.each([
    ["commas", "Team,City,Cups\nBlues,STL,1\nLeafs,TOR,13\n"],
    ["semicolons", "Team;City;Cups\nBlues;STL;1\nLeafs;TOR;13\n"],
    ["tabs", "Team\tCity\tCups\nBlues\tSTL\t1\nLeafs\tTOR\t13\n"],
    ["pipes", "Team|City|Cups\nBlues|STL|1\nLeafs|TOR|13\n"],
  ])("sniffs %s and writes each row as 'column: value' pairs", (_label, text) => {
    expect(paragraphs(utf8(text))).toEqual([
      "Columns: Team | City | Cups",
      "Team: Blues; City: STL; Cups: 1",
      "Team: Leafs; City: TOR; Cups: 13",
    ]);
  });

  it("keeps quoted delimiters and line breaks inside a cell, and skips empty values", () => {
    expect(paragraphs(utf8('Name,Note\n"Smith, Ann","line one\nline two"\nLee,\n'))).toEqual([
      "Columns: Name | Note",
      "Name: Smith, Ann; Note: line one line two",
      "Name: Lee",
    ]);
  });

  it("reads a title line above the header as a title", () => {
    expect(paragraphs(utf8("Stanley Cups,,\nTeam,City,Cups\nBlues,STL,1\n"))).toEqual([
      "Stanley Cups",
      "Columns: Team | City | Cups",
      "Team: Blues; City: STL; Cups: 1",
    ]);
  });

  it("writes plain rows when the first row is data, not a header", () => {
    expect(paragraphs(utf8("2022,1,123\n2023,2,143\n"))).toEqual(["2022 | 1 | 123", "2023 | 2 | 143"]);
  });

  it("names unnamed and extra columns", () => {
    expect(paragraphs(utf8("Item,,Note\nTea,2,hot,extra\n"))).toEqual([
      "Columns: Item | Column 2 | Note",
      "Item: Tea; Column 2: 2; Note: hot; Column 4: extra",
    ]);
  });

  it("reads UTF-16 CSV and honours the tab delimiter of a TSV", () => {
    const text = "a\tb,c\n1\t2,3\n";
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(text).flatMap((char) => [char.charCodeAt(0), 0]),
    ]);
    expect(paragraphs(bytes, { tabSeparated: true })).toEqual(["Columns: a | b,c", "a: 1; b,c: 2,3"]);
  });

  it(`indexes at most ${MAX_ROWS_PER_SHEET} rows and says the table was cut`, () => {
    const rows = Array.from({ length: MAX_ROWS_PER_SHEET + 10 }, (_, index) => `item ${index},${index}`);
    const texts = paragraphs(utf8(`Name,Value\n${rows.join("\n")}\n`));
    expect(texts).toHaveLength(1 + MAX_ROWS_PER_SHEET + 1);
    expect(texts.at(-1)).toBe("(Only the first 20,000 rows were indexed.)");
  });

  it("fails as empty without rows", () => {
    expect(() => extractCsv(utf8("\n \n"))).toThrow(
      expect.objectContaining({ details: { reason: "empty" } }),
    );
  });
});
