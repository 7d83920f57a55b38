import { describe, expect, it } from "vitest";
import { extractOds } from "@/ingest/extract/formats/extract-ods";
import { extractXlsx } from "@/ingest/extract/formats/extract-xlsx";
import { MAX_ROWS_PER_SHEET } from "@/ingest/extract/formats/shared/sheet-limits";
import { pruneSharedStrings } from "@/ingest/extract/formats/xlsx/prune-shared-strings";
import { trimWorksheets } from "@/ingest/extract/formats/xlsx/trim-worksheets";
import { makeOds, makeXlsx } from "../support/make-office-files";

describe("extractXlsx", () => {
  it("gives each non-empty sheet a page at its position, labelled with its name", async () => {
    const doc = await extractXlsx(
      await makeXlsx([
        {
          name: "Budget",
          rows: [
            ["Item", "Cost", "Due"],
            ["Rent", 1200.5, new Date(Date.UTC(2024, 2, 1))],
            [],
            ["Tea", 0.1 + 0.2, null],
          ],
        },
        { name: "Empty", rows: [] },
        { name: "Notes", rows: [[null, "starts in column B"]] },
      ]),
    );
    expect(doc.pages).toEqual([
      {
        page: 1,
        label: "Sheet: Budget",
        blocks: [
          { kind: "heading", level: 1, text: "Budget" },
          { kind: "paragraph", text: "Item | Cost | Due" },
          { kind: "paragraph", text: "Rent | 1200.5 | 2024-03-01" },
          { kind: "paragraph", text: "Tea | 0.3" },
        ],
      },
      {
        page: 3,
        label: "Sheet: Notes",
        blocks: [
          { kind: "heading", level: 1, text: "Notes" },
          { kind: "paragraph", text: "starts in column B" },
        ],
      },
    ]);
  });

  it(`indexes at most ${MAX_ROWS_PER_SHEET} rows of a sheet and says so`, async () => {
    const rows = Array.from({ length: MAX_ROWS_PER_SHEET + 5 }, (_, index) => [`row ${index + 1}`]);
    const doc = await extractXlsx(await makeXlsx([{ name: "Log", rows }]));
    const blocks = doc.pages[0]?.blocks ?? [];
    expect(blocks).toHaveLength(1 + MAX_ROWS_PER_SHEET + 1);
    expect(blocks.at(-2)?.text).toBe(`row ${MAX_ROWS_PER_SHEET}`);
    expect(blocks.at(-1)?.text).toBe("(Only the first 20,000 of 20,005 rows were indexed.)");
  }, 30_000);

  it("fails as empty when every sheet is empty", async () => {
    await expect(extractXlsx(await makeXlsx([{ name: "A", rows: [] }]))).rejects.toMatchObject({
      details: { reason: "empty" },
    });
  });
});

describe("extractOds", () => {
  it("reads OpenDocument sheets the same way", async () => {
    const doc = await extractOds(
      makeOds([
        {
          name: "Stock",
          rows: [
            ["Item", "Count"],
            ["Gloves", "40"],
          ],
        },
        { name: "Blank", rows: [] },
        { name: "Suppliers", rows: [["Acme"]] },
      ]),
    );
    expect(doc.pages.map((page) => [page.page, page.label, page.blocks.map((block) => block.text)])).toEqual([
      [1, "Sheet: Stock", ["Stock", "Item | Count", "Gloves | 40"]],
      [3, "Sheet: Suppliers", ["Suppliers", "Acme"]],
    ]);
  });
});

describe("cutting big sheets before exceljs reads them", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
  const sheet = (rows: string[], prefix = "") =>
    `<${prefix}worksheet><${prefix}sheetData>${rows.join("")}</${prefix}sheetData><${prefix}mergeCells/></${prefix}worksheet>`;
  const stringRow = (row: number, index: number, prefix = "") =>
    `<${prefix}row r="${row}"><${prefix}c r="A${row}" t="s"><${prefix}v>${index}</${prefix}v></${prefix}c></${prefix}row>`;

  it("keeps the first rows, adds a notice row and prunes the string table to match", () => {
    const rows = Array.from({ length: MAX_ROWS_PER_SHEET + 3 }, (_, index) =>
      stringRow(index + 1, index, "x:"),
    );
    const strings = Array.from({ length: MAX_ROWS_PER_SHEET + 3 }, (_, index) => `<si><t>s${index}</t></si>`);
    const files = new Map([
      ["xl/worksheets/sheet1.xml", encode(sheet(rows, "x:"))],
      ["xl/sharedStrings.xml", encode(`<sst count="20003" uniqueCount="20003">${strings.join("")}</sst>`)],
    ]);
    trimWorksheets(files);
    pruneSharedStrings(files);
    const trimmed = decode(files.get("xl/worksheets/sheet1.xml"));
    expect(trimmed.match(/<\/x:row>/g)).toHaveLength(MAX_ROWS_PER_SHEET + 1);
    expect(trimmed).toContain("(Only the first 20,000 of 20,003 rows were indexed.)");
    expect(trimmed).toMatch(/<\/x:sheetData><x:mergeCells\/>/);
    const table = decode(files.get("xl/sharedStrings.xml"));
    expect(table).toMatch(/^<sst count="20000" uniqueCount="20000"><si><t>s0<\/t><\/si>/);
    expect(table).not.toContain("s20000<");
  });

  it("renumbers cells when the rows kept use strings out of order", () => {
    const files = new Map([
      ["xl/worksheets/sheet1.xml", encode(sheet([stringRow(1, 2), stringRow(2, 0)]))],
      [
        "xl/sharedStrings.xml",
        encode("<sst><si><t>zero</t></si><si><t>one</t></si><si><t>two</t></si></sst>"),
      ],
    ]);
    pruneSharedStrings(files);
    expect(decode(files.get("xl/sharedStrings.xml"))).toBe(
      "<sst><si><t>zero</t></si><si><t>two</t></si></sst>",
    );
    expect(decode(files.get("xl/worksheets/sheet1.xml"))).toBe(sheet([stringRow(1, 1), stringRow(2, 0)]));
  });
});
