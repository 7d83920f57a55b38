import { describe, expect, it } from "vitest";
import type { ApiDocument } from "@/app/components/api/types";
import {
  clampPercent,
  describeDocumentType,
  formatFileSize,
  formatOcrPages,
  formatStage,
  isActiveStatus,
  readyNoticeLines,
} from "@/app/components/documents/document-format";
import { describeUpload, type UploadItem } from "@/app/components/documents/upload-status";

describe("document formatting", () => {
  it("names file types for people", () => {
    expect(describeDocumentType("application/pdf", "a.pdf")).toBe("PDF");
    expect(describeDocumentType("text/markdown", "a.md")).toBe("Markdown");
    expect(describeDocumentType("", "notes.markdown")).toBe("Markdown");
    expect(describeDocumentType("text/plain", "a.txt")).toBe("Plain text");
  });

  it("formats sizes", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(1536)).toBe("1.5 KB");
    expect(formatFileSize(25 * 1024 * 1024)).toBe("25 MB");
    expect(formatFileSize(undefined)).toBe("");
  });

  it.each([
    { ocrPages: 0, text: "" },
    { ocrPages: undefined, text: "" },
    { ocrPages: 1, text: "1 page OCR'd" },
    { ocrPages: 3, text: "3 pages OCR'd" },
  ])("says how many pages were OCR'd: $ocrPages", ({ ocrPages, text }) => {
    expect(formatOcrPages(ocrPages)).toBe(text);
  });

  const STOPPED =
    "OCR stopped at the time limit: 2 of 5 pages without a text layer were not read (from page 4).";
  const FAILED = "Page 2 was not read: OCR failed (engine broke).";
  it.each([
    { status: "ready", notice: undefined, lines: [] },
    { status: "ready", notice: STOPPED, lines: [STOPPED] },
    { status: "ready", notice: `${FAILED}\n${STOPPED}\n`, lines: [FAILED, STOPPED] },
    // Before it is ready a document may be extracted again; once failed, its error says more.
    { status: "processing", notice: STOPPED, lines: [] },
    { status: "failed", notice: STOPPED, lines: [] },
  ] as const)("shows a $status document's notice line by line", ({ status, notice, lines }) => {
    expect(readyNoticeLines(status, notice)).toEqual(lines);
  });

  it("formats stages and percentages", () => {
    expect(formatStage("extracting_text")).toBe("Extracting text");
    expect(clampPercent(140)).toBe(100);
    expect(clampPercent(Number.NaN)).toBe(0);
  });

  it("treats queued and processing as active", () => {
    expect(isActiveStatus("queued")).toBe(true);
    expect(isActiveStatus("processing")).toBe(true);
    expect(isActiveStatus("ready")).toBe(false);
    expect(isActiveStatus("failed")).toBe(false);
  });
});

describe("describeUpload", () => {
  const uploaded: UploadItem = {
    key: "u1",
    fileName: "a.pdf",
    phase: "uploaded",
    document: { id: "d1", title: "a", status: "queued", duplicate: false, version: 1 },
  };

  it("shows the upload, then the listed document's status", () => {
    expect(describeUpload({ key: "u", fileName: "a.pdf", phase: "uploading" }, undefined).status).toBe(
      "uploading",
    );
    expect(describeUpload(uploaded, undefined).status).toBe("queued");
    const failed = { id: "d1", status: "failed", error: "No text found in this PDF." } as ApiDocument;
    expect(describeUpload(uploaded, failed)).toEqual({
      status: "failed",
      message: "No text found in this PDF.",
    });
  });

  it("shows the server's message for a rejected upload", () => {
    const rejected: UploadItem = { key: "u", fileName: "a.exe", phase: "failed", error: "Unsupported type." };
    expect(describeUpload(rejected, undefined)).toEqual({ status: "failed", message: "Unsupported type." });
  });
});
