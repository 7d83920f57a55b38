import { describe, expect, it } from "vitest";
import { extractDocument } from "@/ingest/extract/extract-document";
import { detectType } from "@/lib/documents/detect-type";
import { isAppError } from "@/lib/errors/app-error";
import { makePdf } from "../support/make-pdf";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withJunkPrefix = (prefix: number, rest: string) =>
  new Uint8Array([...new Uint8Array(prefix).fill(0x20), ...utf8(rest)]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

describe("detectType", () => {
  it.each([
    ["a PDF by its magic bytes", utf8("%PDF-1.7\n..."), "scan.pdf", undefined, "application/pdf"],
    ["a PDF renamed to .txt", utf8("%PDF-1.4\n..."), "notes.txt", "text/plain", "application/pdf"],
    [
      "a PDF header after junk within 1 KB",
      withJunkPrefix(900, "%PDF-1.5"),
      "mail.bin",
      undefined,
      "application/pdf",
    ],
    ["Markdown by .md", utf8("# Title\n\ntext"), "README.md", undefined, "text/markdown"],
    ["Markdown by .markdown (any case)", utf8("text"), "Guide.MARKDOWN", undefined, "text/markdown"],
    ["plain text by .txt", utf8("# not markdown here"), "notes.txt", undefined, "text/plain"],
    ["plain text by .text", utf8("hello"), "notes.text", undefined, "text/plain"],
    ["Markdown by declared type", utf8("# Title"), "upload", "text/markdown; charset=utf-8", "text/markdown"],
    ["text without a telling name", utf8("Just some words.\n"), "upload.log", undefined, "text/plain"],
    [
      "UTF-16 text with a BOM",
      new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
      "hi.txt",
      undefined,
      "text/plain",
    ],
    ["Latin-1 text", new Uint8Array([0x43, 0x61, 0x66, 0xe9]), "cafe.txt", undefined, "text/plain"],
    ["an empty file (reported later as empty)", new Uint8Array(), "empty.txt", undefined, "text/plain"],
  ])("recognises %s", (_label, bytes, filename, declared, expected) => {
    expect(detectType(bytes, filename, declared)).toBe(expected);
  });

  it.each([
    ["a truncated zip named .docx", ZIP, "report.docx", /damaged or incomplete/],
    ["a PNG named .md", PNG, "image.md", /^Unsupported file type: images \(PNG\)/],
    [
      "a PDF header beyond the first 1 KB",
      withJunkPrefix(1100, "%PDF-1.5\u0000\u0000"),
      "late.pdf",
      /^Unsupported file type: this file is not a document/,
    ],
  ])("rejects %s as unsupported", (_label, bytes, filename, message) => {
    try {
      detectType(bytes, filename);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(isAppError(error) && error.userMessage).toMatch(message);
    }
  });
});

describe("extractDocument", () => {
  it("dispatches by MIME type", async () => {
    const pdf = await makePdf([{ heading: "Scope", lines: ["This handbook covers the clinic."] }]);
    expect((await extractDocument(pdf, "application/pdf")).pages[0]?.blocks[0]).toMatchObject({
      kind: "heading",
    });
    expect((await extractDocument(utf8("# Hi\n\nthere"), "text/markdown")).title).toBe("Hi");
    expect((await extractDocument(utf8("# Hi"), "text/plain")).pages[0]?.blocks[0]?.text).toBe("# Hi");
  });

  it("rejects a type no extractor handles", async () => {
    await expect(extractDocument(utf8("x"), "application/msword")).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { reason: "unsupported" },
    });
  });
});
