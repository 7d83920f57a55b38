import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ApiDocument } from "@/app/components/api/types";
import { StatusBadge } from "@/app/components/documents/status-badge";

const STOPPED =
  "OCR stopped at the time limit: 2 of 5 pages without a text layer were not read (from page 4); raise QUIRE_EXTRACT_TIMEOUT_S to read them all.";
const FAILED = "Page 2 was not read: OCR failed (engine broke).";

const document: ApiDocument = {
  id: "d1",
  title: "scan",
  filename: "scan.pdf",
  mimeType: "application/pdf",
  sizeBytes: 1000,
  pages: 6,
  ocrPages: 1,
  status: "ready",
  notice: `${FAILED}\n${STOPPED}`,
  chunks: 3,
  embeddedChunks: 3,
  version: 1,
  supersededBy: null,
  effectiveDate: null,
  createdAt: "2026-11-23T16:00:00.000Z",
};

function render(doc: ApiDocument): string {
  return renderToStaticMarkup(createElement(StatusBadge, { document: doc }));
}

describe("the status cell of a document with a notice", () => {
  it("shows each sentence of a ready document's notice as a note under the status", () => {
    const html = render(document);
    expect(html).toContain('data-testid="document-notice"');
    expect(html).toContain('role="note"');
    expect(html.indexOf(">Ready<")).toBeLessThan(html.indexOf(FAILED));
    expect(html.indexOf(FAILED)).toBeLessThan(html.indexOf(STOPPED));
  });

  it("leaves it out for a failed document, whose error says what matters", () => {
    const html = render({ ...document, status: "failed", error: "Reading this file took too long." });
    expect(html).not.toContain("document-notice");
    expect(html).toContain("Reading this file took too long.");
  });

  it("shows nothing extra for a ready document without one", () => {
    const { notice: _, ...plain } = document;
    expect(render(plain)).not.toContain("document-notice");
  });
});
