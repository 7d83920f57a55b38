import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "@/ingest/extract/formats/extract-docx";
import { makeDocx } from "../support/make-office-files";

describe("extractDocx", () => {
  it("keeps headings with their levels, paragraphs and table rows", async () => {
    const doc = await extractDocx(
      makeDocx(
        [
          { heading: "Clinic handbook", level: 1 },
          { paragraph: "Opening hours are 8 to 6." },
          { heading: "Fees", level: 2 },
          {
            table: [
              ["Service", "Fee"],
              ["Check-up", "40 €"],
              ["", ""],
            ],
          },
          { heading: "Contact", level: 3 },
          { paragraph: "Call the front desk." },
        ],
        { title: "Handbook 2024" },
      ),
    );
    expect(doc.title).toBe("Handbook 2024");
    expect(doc.pages).toEqual([
      {
        page: 1,
        blocks: [
          { kind: "heading", level: 1, text: "Clinic handbook" },
          { kind: "paragraph", text: "Opening hours are 8 to 6." },
          { kind: "heading", level: 2, text: "Fees" },
          { kind: "paragraph", text: "Service | Fee" },
          { kind: "paragraph", text: "Check-up | 40 €" },
          { kind: "heading", level: 3, text: "Contact" },
          { kind: "paragraph", text: "Call the front desk." },
        ],
      },
    ]);
  });

  it("places blocks on the pages Word last rendered", async () => {
    const doc = await extractDocx(
      makeDocx([
        { paragraph: "Cover page.", pageBreakAfter: true },
        { heading: "Scope", level: 1 },
        { paragraph: "Starts page two.", renderedPageBreakBefore: true },
        { paragraph: "Starts page three.", renderedPageBreakBefore: true },
      ]),
    );
    expect(doc.pages.map((page) => [page.page, page.blocks.map((block) => block.text)])).toEqual([
      [1, ["Cover page.", "Scope"]],
      [2, ["Starts page two."]],
      [3, ["Starts page three."]],
    ]);
  });

  it("puts everything on page 1 when Word never recorded a layout, even with explicit page breaks", async () => {
    const doc = await extractDocx(
      makeDocx([{ paragraph: "One.", pageBreakAfter: true }, { paragraph: "Two." }]),
    );
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]?.blocks.map((block) => block.text)).toEqual(["One.", "Two."]);
  });

  it.each([
    ["no text at all", makeDocx([]), "empty"],
    ["a ZIP cut short", makeDocx([{ paragraph: "x" }]).subarray(0, 200), "corrupt"],
  ])("fails with %s as %s", async (_label, bytes, reason) => {
    await expect(extractDocx(bytes)).rejects.toMatchObject({ code: "UNPROCESSABLE", details: { reason } });
  });

  it("refuses a document whose main part is not valid XML, naming the format", async () => {
    const parts = unzipSync(makeDocx([{ paragraph: "x" }]));
    parts["word/document.xml"] = strToU8("<w:document><w:body><w:p>unclosed");
    await expect(extractDocx(zipSync(parts))).rejects.toMatchObject({
      details: { reason: "corrupt" },
      userMessage: expect.stringMatching(/Word document is damaged/),
    });
  });

  it("refuses a package without its main part", async () => {
    const parts = unzipSync(makeDocx([{ paragraph: "x" }]));
    delete parts["word/document.xml"];
    await expect(extractDocx(zipSync(parts))).rejects.toMatchObject({ details: { reason: "corrupt" } });
  });
});
