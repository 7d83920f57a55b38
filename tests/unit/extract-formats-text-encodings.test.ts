import { describe, expect, it } from "vitest";
import { decodeText } from "@/ingest/extract/decode-text";
import { extractText } from "@/ingest/extract/extract-text";
import { sniffEncoding } from "@/lib/text/sniff-encoding";

const SAMPLE = "Größe ≥ 5 µg – “quoted” 😀";

function encode(text: string, encoding: "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be", bom: boolean) {
  const wide = encoding.startsWith("utf-32");
  const littleEndian = encoding.endsWith("le");
  const units = wide
    ? Array.from(text, (char) => char.codePointAt(0) ?? 0)
    : Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
  const size = wide ? 4 : 2;
  const bytes = new Uint8Array((units.length + (bom ? 1 : 0)) * size);
  const view = new DataView(bytes.buffer);
  [...(bom ? [0xfeff] : []), ...units].forEach((unit, index) => {
    if (wide) view.setUint32(index * size, unit, littleEndian);
    else view.setUint16(index * size, unit, littleEndian);
  });
  return bytes;
}

describe("decodeText: any encoding a text file arrives in", () => {
  it.each([
    ["UTF-16LE with BOM", encode(SAMPLE, "utf-16le", true)],
    ["UTF-16BE with BOM", encode(SAMPLE, "utf-16be", true)],
    ["UTF-16LE without BOM", encode(SAMPLE, "utf-16le", false)],
    ["UTF-16BE without BOM", encode(SAMPLE, "utf-16be", false)],
    ["UTF-32LE with BOM", encode(SAMPLE, "utf-32le", true)],
    ["UTF-32BE with BOM", encode(SAMPLE, "utf-32be", true)],
    ["UTF-32LE without BOM", encode(SAMPLE, "utf-32le", false)],
    ["UTF-32BE without BOM", encode(SAMPLE, "utf-32be", false)],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)])],
  ])("decodes %s", (_label, bytes) => {
    expect(decodeText(bytes)).toBe(SAMPLE);
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x93, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x94, 0x20, 0x80, 0x35]))).toBe(
      "“Größe” €5",
    );
  });

  it("replaces code points UTF-32 cannot hold instead of failing", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f, 0x42]);
    expect(decodeText(bytes)).toBe("A\uFFFD\uFFFD");
  });

  it("does not mistake Latin-1 or UTF-8 text for UTF-16", () => {
    expect(sniffEncoding(new TextEncoder().encode("plain ascii text")).encoding).toBe("utf-8");
    expect(sniffEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).encoding).toBe("utf-8");
  });
});

describe("extractText over wide encodings", () => {
  it("splits UTF-16 text without a BOM into paragraphs", () => {
    const doc = extractText(encode("First paragraph.\r\n\r\nSecond one.", "utf-16be", false));
    expect(doc.pages[0]?.blocks.map((block) => block.text)).toEqual(["First paragraph.", "Second one."]);
  });
});
