import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AskSource } from "@/app/components/api/types";
import { CitationButton } from "@/app/components/ask/citation-button";
import { OCR_EXPLANATION } from "@/app/components/ask/ocr-badge";
import { SourcesList } from "@/app/components/ask/sources-list";

const base: AskSource = {
  n: 1,
  chunkId: "c1",
  documentId: "d1",
  title: "budget-review",
  pageStart: 2,
  pageEnd: 3,
  ocr: false,
  snippet: "The travel budget is 4,200 euros.",
};

const cases: Array<{ name: string; source: AskSource; location: string; href: string; ocr: boolean }> = [
  {
    name: "a PDF page",
    source: base,
    location: "pp. 2–3",
    href: "/api/documents/d1/file#page=2",
    ocr: false,
  },
  {
    name: "a slide",
    source: { ...base, pageLabel: "Slide 2" },
    location: "Slide 2",
    href: "/api/documents/d1/file",
    ocr: false,
  },
  {
    name: "a scanned page",
    source: { ...base, pageEnd: 2, ocr: true },
    location: "p. 2",
    href: "/api/documents/d1/file#page=2",
    ocr: true,
  },
];

function render(source: AskSource): { list: string; card: string } {
  const list = renderToStaticMarkup(
    createElement(SourcesList, { sources: [source], cited: new Set([1]), nearestOnly: false }),
  );
  const card = renderToStaticMarkup(
    createElement(CitationButton, { source, open: true, onOpenChange: () => {} }),
  );
  return { list, card };
}

describe("source location and OCR badge in the sources list and citation card", () => {
  it.each(cases)("shows $name where a reader finds it", ({ source, location, href, ocr }) => {
    const { list, card } = render(source);
    for (const html of [list, card]) {
      expect(html).toContain(`>${location}<`);
      expect(html.includes('data-testid="ocr-badge"')).toBe(ocr);
      if (ocr) expect(html).toContain(`title="${OCR_EXPLANATION}"`);
    }
    // The list links the original file; the marker's card is a preview, and a click opens the viewer.
    expect(list).toContain(`href="${href}"`);
    expect(card).not.toContain("href=");
  });

  it("names the slide, not a page, on the marker", () => {
    const { card } = render({ ...base, pageLabel: "Slide 2", ocr: true });
    expect(card).not.toContain("Open page");
    expect(card).toContain('aria-label="Source 1: budget-review, Slide 2 (OCR)"');
  });
});
