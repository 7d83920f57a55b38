import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectType, MIME } from "@/lib/documents/detect-type";
import { isAppError } from "@/lib/errors/app-error";
import {
  makeCompoundFile,
  makeDocx,
  makeOdp,
  makeOds,
  makeOdt,
  makePptx,
  makeXlsx,
  makeZip,
} from "../support/make-office-files";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const units = Array.from(text, (char) => char.charCodeAt(0));
  const body = units.flatMap((code) => (littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  return new Uint8Array([...(bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : []), ...body]);
};
const utf32le = (text: string) =>
  new Uint8Array([0xff, 0xfe, 0, 0, ...Array.from(text).flatMap((char) => [char.charCodeAt(0), 0, 0, 0])]);

const EMAIL = "Received: from mx.example.org\r\nFrom: Ann <ann@example.org>\r\nSubject: Minutes\r\n\r\nHello";
const HTML = "<!DOCTYPE html><html><body><p>Hi</p></body></html>";

function rejection(
  bytes: Uint8Array,
  filename: string,
): { detected?: unknown; reason?: unknown; message: string } {
  try {
    detectType(bytes, filename);
  } catch (error) {
    if (!isAppError(error) || error.code !== "UNSUPPORTED_MEDIA_TYPE") throw error;
    return { detected: error.details?.detected, reason: error.details?.reason, message: error.userMessage };
  }
  throw new Error(`${filename} was accepted`);
}

describe("detectType: office packages by the parts inside the ZIP", () => {
  it.each([
    ["Word", () => makeDocx([{ paragraph: "x" }]), MIME.docx],
    ["PowerPoint", () => makePptx([{ title: "x" }]), MIME.pptx],
    ["OpenDocument text", () => makeOdt([{ paragraph: "x" }]), MIME.odt],
    ["OpenDocument presentation", () => makeOdp([{ title: "x", lines: [] }]), MIME.odp],
    ["OpenDocument spreadsheet", () => makeOds([{ name: "S", rows: [["x"]] }]), MIME.ods],
  ])("recognises %s whatever the file is called", (_label, make, expected) => {
    expect(detectType(make(), "download.bin")).toBe(expected);
    expect(detectType(make(), "renamed.txt")).toBe(expected);
  });

  it("recognises an Excel workbook written by exceljs", async () => {
    expect(detectType(await makeXlsx([{ name: "S", rows: [["x"]] }]), "export")).toBe(MIME.xlsx);
  });

  it("recognises EPUB by its mimetype entry", () => {
    const epub = zipSync({
      mimetype: [strToU8("application/epub+zip"), { level: 0 }],
      "a.xhtml": strToU8("x"),
    });
    expect(detectType(epub, "book.zip")).toBe(MIME.epub);
  });

  it.each([
    ["a ZIP of other files", makeZip({ "notes.txt": "hi", "data.csv": "a,b" }), "ZIP archive"],
    [
      "an OpenDocument drawing",
      zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.graphics"), { level: 0 }] }),
      "OpenDocument package application/vnd.oasis.opendocument.graphics",
    ],
  ])("refuses %s, naming it", (_label, bytes, detected) => {
    expect(rejection(bytes, "file.docx")).toMatchObject({ detected, reason: "unsupported" });
  });

  it("refuses a truncated ZIP as corrupt with a message saying so", () => {
    const docx = makeDocx([{ paragraph: "x" }]);
    const outcome = rejection(docx.subarray(0, docx.length - 30), "cut.docx");
    expect(outcome.reason).toBe("corrupt");
    expect(outcome.message).toMatch(/damaged or incomplete/);
  });
});

describe("detectType: legacy and binary formats are refused by name", () => {
  it.each([
    ["WordDocument", "legacy Word .doc", /legacy Word documents \(\.doc\)\. Save it as \.docx/],
    ["PowerPoint Document", "legacy PowerPoint .ppt", /\.pptx/],
    ["Workbook", "legacy Excel .xls", /\.xlsx/],
    ["__properties_version1.0", "Outlook .msg message", /Outlook messages \(\.msg\)/],
  ])("an OLE file with a %s stream is a %s", (stream, detected, message) => {
    const outcome = rejection(makeCompoundFile(stream), "file.bin");
    expect(outcome).toMatchObject({ detected, reason: "unsupported" });
    expect(outcome.message).toMatch(message);
  });

  it("reports a password-protected OOXML file (an OLE EncryptedPackage) as encrypted", () => {
    expect(rejection(makeCompoundFile("EncryptedPackage"), "secret.xlsx")).toMatchObject({
      detected: "password-protected Office document",
      reason: "encrypted",
    });
  });

  it("does not trust a stream name that is not at a directory entry boundary", () => {
    const bytes = makeCompoundFile("Root Entry");
    bytes.set(utf16("WordDocument\u0000", true, false), 1300);
    expect(rejection(bytes, "x.doc").detected).toBe("OLE compound file");
  });

  it.each([
    [
      "PNG",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /images \(PNG\)/,
    ],
    ["JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /images \(JPEG\)/],
    [
      "WAV",
      new Uint8Array([...utf8("RIFF"), 0x24, 0, 0, 0, ...utf8("WAVEfmt "), 0, 0, 0, 0]),
      /audio \(WAV\)/,
    ],
    ["gzip", new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]), /Unpack it/],
  ])("names a %s file", (detected, bytes, message) => {
    const outcome = rejection(bytes, "upload.md");
    expect(outcome.detected).toBe(detected);
    expect(outcome.message).toMatch(/^Unsupported file type: /);
    expect(outcome.message).toMatch(message);
  });

  it("refuses an unknown binary with the list of what is supported", () => {
    const outcome = rejection(new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8, 9]), "blob");
    expect(outcome.detected).toBe("unrecognised binary");
    expect(outcome.message).toMatch(/PDF, Word, PowerPoint, Excel/);
  });
});

describe("detectType: text formats by content, then by name", () => {
  it.each([
    ["HTML by its doctype", HTML, "page.txt", undefined, MIME.html],
    ["HTML after an XML declaration", `<?xml version="1.0"?>\n${HTML}`, "page", undefined, MIME.html],
    ["HTML starting at <head>", "\n<head><title>x</title></head>", "page", undefined, MIME.html],
    ["HTML by extension", "just text", "snippet.htm", undefined, MIME.html],
    [
      "XML that is not HTML",
      '<?xml version="1.0"?>\n<factbook><a/></factbook>',
      "f.xml",
      undefined,
      MIME.text,
    ],
    ["an e-mail by its headers", EMAIL, "message.txt", undefined, MIME.email],
    ["an mbox-style e-mail", `From ann@example.org Mon Jan 1\n${EMAIL}`, "m", undefined, MIME.email],
    [
      "a note that only starts with Subject:",
      "Subject: groceries\nmilk, eggs",
      "note.txt",
      undefined,
      MIME.text,
    ],
    ["RTF", "{\\rtf1\\ansi Hello}", "letter.doc", undefined, MIME.rtf],
    ["CSV by extension and delimiters", "a,b,c\n1,2,3\n4,5,6\n", "data.csv", undefined, MIME.csv],
    ["CSV with quoted delimiters", 'a;b\n"x;y";2\n"p\nq";3\n', "data.csv", undefined, MIME.csv],
    ["CSV by declared type", "a,b\n1,2\n3,4\n", "upload", "text/csv", MIME.csv],
    ["TSV", "a\tb\n1\t2\n", "data.tsv", undefined, MIME.tsv],
    [
      "ragged prose named .csv",
      "Hello, world\nno commas here at all\nmore, and, more\n",
      "notes.csv",
      undefined,
      MIME.text,
    ],
    ["comma text without a CSV name", "a,b,c\n1,2,3\n", "data.txt", undefined, MIME.text],
    ["reStructuredText", "Title\n=====\n\nBody", "README.rst", undefined, MIME.text],
    ["Markdown", "# Title", "README.md", undefined, MIME.markdown],
  ])("%s", (_label, text, filename, declared, expected) => {
    expect(detectType(utf8(text), filename, declared)).toBe(expected);
  });

  it.each([
    ["UTF-16LE without a BOM", utf16("Plain words in a file", true, false)],
    ["UTF-16BE without a BOM", utf16("Plain words in a file", false, false)],
    ["UTF-16BE with a BOM", utf16("Plain words in a file", false, true)],
    ["UTF-32LE with a BOM", utf32le("Plain words in a file")],
  ])("accepts %s text", (_label, bytes) => {
    expect(detectType(bytes, "notes.txt")).toBe(MIME.text);
  });

  it("reads the HTML of a UTF-16 page", () => {
    expect(detectType(utf16(HTML, true, true), "page.html")).toBe(MIME.html);
    expect(detectType(utf16(HTML, true, true), "page")).toBe(MIME.html);
  });

  it("recognises an e-mail saved as UTF-16", () => {
    expect(detectType(utf16(EMAIL, true, true), "mail.eml")).toBe(MIME.email);
  });
});
