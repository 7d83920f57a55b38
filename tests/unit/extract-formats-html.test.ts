import { describe, expect, it } from "vitest";
import { extractHtml } from "@/ingest/extract/formats/extract-html";
import type { ExtractedDocument } from "@/lib/domain/types";

const utf8 = (text: string) => new TextEncoder().encode(text);
const texts = (doc: ExtractedDocument) =>
  doc.pages.flatMap((page) =>
    page.blocks.map((block) => (block.kind === "heading" ? `h${block.level}: ` : "") + block.text),
  );

const ARTICLE = `<!DOCTYPE html><html><head><title>Infection control</title><script>var tracking = 1;</script></head>
<body>
  <nav><a href="/">Home</a> <a href="/about">About</a></nav>
  <article>
    <h1>Infection control</h1>
    <p>Wash hands before and after every patient contact. ${"Gloves do not replace hand hygiene. ".repeat(12)}</p>
    <h2>Equipment</h2>
    <ul><li>Gloves<ul><li>Nitrile only</li></ul></li><li>Masks</li></ul>
    <table><caption>Stock</caption><thead><tr><th>Item</th><th>Count</th></tr></thead>
      <tbody><tr><td>Gloves</td><td>40</td></tr><tr><td></td><td></td></tr></tbody></table>
    <p>Line one<br>line two</p>
    <p>${"Clean surfaces with the approved disinfectant. ".repeat(12)}</p>
  </article>
  <footer>© Clinic</footer>
</body></html>`;

describe("extractHtml", () => {
  it("keeps the main content: headings, list items, table rows and line breaks, without scripts", () => {
    const doc = extractHtml(utf8(ARTICLE));
    expect(doc.title).toBe("Infection control");
    const lines = texts(doc);
    expect(lines[0]).toBe("h1: Infection control");
    expect(lines).toContain("h2: Equipment");
    expect(lines).toEqual(
      expect.arrayContaining(["Gloves", "Nitrile only", "Masks", "Stock", "Item | Count", "Gloves | 40"]),
    );
    expect(lines).toContain("Line one\nline two");
    expect(lines.join(" ")).not.toMatch(/tracking/);
  });

  it("falls back to the whole body when there is no article to find", () => {
    const doc = extractHtml(utf8("<html><body><div>Short note</div><div>Second box</div></body></html>"));
    expect(texts(doc)).toEqual(["Short note", "Second box"]);
  });

  it("reads a fragment without html or body tags", () => {
    expect(texts(extractHtml(utf8("<h3>Annual report</h3><p>Text</p>")))).toEqual([
      "h3: Annual report",
      "Text",
    ]);
  });

  it("reads table rows that tag soup left outside their table", () => {
    const html =
      "<html><body><center><table></center><tr><td>C</td><td>Si</td></tr><tr><td>0.4</td><td>0.2</td></tr></table></body></html>";
    expect(texts(extractHtml(utf8(html)))).toEqual(["C | Si", "0.4 | 0.2"]);
  });

  it.each([
    ["a UTF-8 BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>Größe</p>")])],
    [
      "UTF-16LE with a BOM (the meta tag saying utf-8 is ignored)",
      new Uint8Array([
        0xff,
        0xfe,
        ...Array.from('<meta charset="utf-8"><p>Größe</p>').flatMap((char) => [char.charCodeAt(0), 0]),
      ]),
    ],
    [
      "a meta charset",
      new Uint8Array([...utf8('<meta charset="iso-8859-1"><p>Gr'), 0xf6, 0xdf, ...utf8("e</p>")]),
    ],
    [
      "an http-equiv content type",
      new Uint8Array([
        ...utf8('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>Gr'),
        0xf6,
        0xdf,
        ...utf8("e</p>"),
      ]),
    ],
    ["undeclared cp1252", new Uint8Array([...utf8("<p>Gr"), 0xf6, 0xdf, ...utf8("e</p>")])],
  ])("decodes %s", (_label, bytes) => {
    expect(texts(extractHtml(bytes))).toEqual(["Größe"]);
  });

  it("fails as empty when nothing visible is left", () => {
    expect(() =>
      extractHtml(utf8("<html><head><style>p{}</style></head><body><script>x()</script></body></html>")),
    ).toThrow(expect.objectContaining({ details: { reason: "empty" } }));
  });
});
