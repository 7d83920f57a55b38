import { createRequire } from "node:module";
import path from "node:path";

/**
 * Local folders of pdf.js's data files. CMaps are needed to decode text in CJK and other
 * CID-keyed fonts (without them those pages come out empty); standard font data gives correct
 * glyph widths for the 14 non-embedded standard fonts, which word spacing depends on. The wasm
 * folder holds the JPEG 2000 and JBIG2 decoders (and their plain-JS fallbacks) that rendering
 * scanned pages for OCR needs: without it those images render blank. pdf.js reads all of them
 * from disk in Node, so nothing is fetched over the network.
 */
export function pdfjsAssetUrls(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return {
    cMapUrl: `${path.join(root, "cmaps")}${path.sep}`,
    standardFontDataUrl: `${path.join(root, "standard_fonts")}${path.sep}`,
    wasmUrl: `${path.join(root, "wasm")}${path.sep}`,
  };
}
