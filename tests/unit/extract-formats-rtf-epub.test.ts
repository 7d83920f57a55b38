import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractEpub } from "@/ingest/extract/formats/extract-epub";
import { extractRtf } from "@/ingest/extract/formats/extract-rtf";
import type { ExtractedDocument } from "@/lib/domain/types";

const texts = (doc: ExtractedDocument) => doc.pages.flatMap((page) => page.blocks.map((block) => block.text));

function makeEpub(chapters: { title: string; body: string }[]): Uint8Array {
  const manifest = chapters.map(
    (_, index) => `<item id="c${index}" href="c${index}.xhtml" media-type="application/xhtml+xml"/>`,
  );
  const spine = chapters.map((_, index) => `<itemref idref="c${index}"/>`);
  const files: Record<string, Uint8Array> = {
    "META-INF/container.xml": strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    "OEBPS/book.opf": strToU8(
      `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Field guide</dc:title></metadata><manifest>${manifest.join("")}</manifest><spine>${spine.join("")}</spine></package>`,
    ),
  };
  chapters.forEach((chapter, index) => {
    files[`OEBPS/c${index}.xhtml`] = strToU8(
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>${chapter.title}</h1><p>${chapter.body}</p></body></html>`,
    );
  });
  return zipSync({ mimetype: [strToU8("application/epub+zip"), { level: 0 }], ...files });
}

describe("extractRtf", () => {
  it("reads paragraphs and table rows of an RTF document", async () => {
    const rtf =
      "{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 Opening hours\\par Weekdays only.\\par" +
      "\\trowd\\cellx1000\\cellx2000 Day\\cell Hours\\cell\\row" +
      "\\trowd\\cellx1000\\cellx2000 Mon\\cell 8-6\\cell\\row}";
    const doc = await extractRtf(strToU8(rtf));
    expect(texts(doc)).toEqual(
      expect.arrayContaining(["Opening hours", "Weekdays only.", "Day | Hours", "Mon | 8-6"]),
    );
  });

  it("fails as empty when there is no text", async () => {
    await expect(extractRtf(strToU8("{\\rtf1\\ansi}"))).rejects.toMatchObject({
      details: { reason: "empty" },
    });
  });
});

describe("extractEpub", () => {
  it("reads chapters in spine order with their headings, on page 1, titled from the metadata", async () => {
    const doc = await extractEpub(
      makeEpub([
        { title: "Snow", body: "Fresh powder." },
        { title: "Ice", body: "Skate with care." },
      ]),
    );
    expect(doc.title).toBe("Field guide");
    expect(doc.pages.map((page) => page.page)).toEqual([1]);
    expect(doc.pages[0]?.blocks).toEqual([
      { kind: "heading", level: 1, text: "Snow" },
      { kind: "paragraph", text: "Fresh powder." },
      { kind: "heading", level: 1, text: "Ice" },
      { kind: "paragraph", text: "Skate with care." },
    ]);
  });
});
