import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocument } from "@/ingest/extract/extract-document";
import { ARCHIVE_LIMITS } from "@/ingest/extract/formats/zip/archive-limits";
import { openArchive } from "@/ingest/extract/formats/zip/open-archive";
import { MIME } from "@/lib/documents/detect-type";
import { makeDocx, makePptx, withDeclaredSize } from "../support/make-office-files";

const keepAll = { formatName: "test archive", keep: () => true };
const MB = 1024 * 1024;

function failure(run: () => unknown): { reason?: unknown; message?: string } {
  try {
    run();
  } catch (error) {
    const appError = error as { details?: { reason?: unknown }; userMessage?: string };
    return { reason: appError.details?.reason, message: appError.userMessage };
  }
  throw new Error("did not throw");
}

describe("openArchive: decompression bombs are refused before they expand", () => {
  it("unpacks the entries an extractor keeps, and only those", () => {
    const archive = zipSync({ "a.xml": strToU8("<a/>"), "media/big.png": new Uint8Array(10) });
    const files = openArchive(archive, { formatName: "x", keep: (name) => name.endsWith(".xml") });
    expect([...files.keys()]).toEqual(["a.xml"]);
    expect(new TextDecoder().decode(files.get("a.xml"))).toBe("<a/>");
  });

  it("refuses an archive that declares more than the total limit", () => {
    const archive = withDeclaredSize(
      zipSync({ "huge.xml": strToU8("<a/>") }, { level: 0 }),
      "huge.xml",
      250 * MB,
    );
    expect(failure(() => openArchive(archive, keepAll))).toMatchObject({
      reason: "too_large",
      message: expect.stringMatching(/unpacks to more than 200 MB/),
    });
  });

  it("refuses a big entry with an implausible compression ratio", () => {
    const archive = zipSync({ "zeros.xml": new Uint8Array(ARCHIVE_LIMITS.ratioCheckAbove + MB) });
    expect(failure(() => openArchive(archive, keepAll)).reason).toBe("too_large");
  });

  it("stops inflating an entry that grows past the size it declared", () => {
    const archive = withDeclaredSize(zipSync({ "lying.xml": new Uint8Array(5 * MB) }), "lying.xml", 1000);
    expect(failure(() => openArchive(archive, keepAll))).toMatchObject({
      reason: "corrupt",
      message: expect.stringMatching(/"lying.xml"/),
    });
  });

  it("refuses an archive with too many entries", () => {
    const files = Object.fromEntries(
      Array.from({ length: ARCHIVE_LIMITS.maxEntries + 1 }, (_, index) => [
        `f${index}.xml`,
        new Uint8Array(0),
      ]),
    );
    expect(failure(() => openArchive(zipSync(files, { level: 0 }), keepAll)).reason).toBe("too_large");
  });

  it("reports encrypted entries as encrypted", () => {
    const archive = zipSync({ "a.xml": strToU8("<a/>") });
    const view = new DataView(archive.buffer);
    for (let at = 0; at + 4 < archive.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50)
        view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    }
    expect(failure(() => openArchive(archive, keepAll)).reason).toBe("encrypted");
  });

  it.each([
    ["random bytes", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])],
    ["a ZIP cut in half", makeDocx([{ paragraph: "x" }]).subarray(0, 300)],
  ])("reports %s as corrupt", (_label, bytes) => {
    expect(failure(() => openArchive(bytes, keepAll))).toMatchObject({
      reason: "corrupt",
      message: expect.stringMatching(/damaged or incomplete/),
    });
  });
});

describe("extractors inherit the limits", () => {
  it.each([
    [MIME.docx, makeDocx([{ paragraph: "x" }]), "word/document.xml"],
    [MIME.pptx, makePptx([{ title: "x" }]), "ppt/slides/slide1.xml"],
  ])("%s with a lying part is refused, not parsed", async (mime, file, part) => {
    await expect(extractDocument(withDeclaredSize(file, part, 300 * MB), mime)).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { reason: "too_large" },
    });
  });
});
