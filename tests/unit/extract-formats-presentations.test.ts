import { describe, expect, it } from "vitest";
import { extractOdp } from "@/ingest/extract/formats/extract-odp";
import { extractPptx } from "@/ingest/extract/formats/extract-pptx";
import type { ExtractedDocument } from "@/lib/domain/types";
import { makeOdp, makePptx } from "../support/make-office-files";

const outline = (doc: ExtractedDocument) =>
  doc.pages.map((page) => ({
    page: page.page,
    label: page.label,
    blocks: page.blocks.map(
      (block) => `${block.kind === "heading" ? `h${block.level}` : "p"}: ${block.text}`,
    ),
  }));

describe("extractPptx", () => {
  it("gives each slide a page, a 'Slide N' label and its title as heading", async () => {
    const doc = await extractPptx(
      makePptx([
        { title: "Quarterly review", bullets: ["Revenue up 4%", "Two new clinics"] },
        { bullets: ["A slide without a title"] },
        {
          title: "Prices",
          table: [
            ["Item", "Price"],
            ["Visit", "40"],
          ],
        },
      ]),
    );
    expect(outline(doc)).toEqual([
      {
        page: 1,
        label: "Slide 1",
        blocks: ["h1: Quarterly review", "p: Revenue up 4%", "p: Two new clinics"],
      },
      { page: 2, label: "Slide 2", blocks: ["h1: Slide 2", "p: A slide without a title"] },
      { page: 3, label: "Slide 3", blocks: ["h1: Prices", "p: Item | Price", "p: Visit | 40"] },
    ]);
  });

  it("skips slides without text but keeps the numbers of the others", async () => {
    const doc = await extractPptx(makePptx([{ title: "First" }, {}, { title: "Third" }]));
    expect(doc.pages.map((page) => page.label)).toEqual(["Slide 1", "Slide 3"]);
  });

  it("fails as empty when no slide has text", async () => {
    await expect(extractPptx(makePptx([{}, {}]))).rejects.toMatchObject({ details: { reason: "empty" } });
  });
});

describe("extractOdp", () => {
  it("lays OpenDocument slides out like PowerPoint ones", async () => {
    const doc = await extractOdp(
      makeOdp([
        { title: "Agenda", lines: ["Budget", "Staffing"] },
        { title: "End", lines: [] },
      ]),
    );
    expect(outline(doc)).toEqual([
      { page: 1, label: "Slide 1", blocks: ["h1: Agenda", "p: Budget", "p: Staffing"] },
      { page: 2, label: "Slide 2", blocks: ["h1: End"] },
    ]);
  });
});
