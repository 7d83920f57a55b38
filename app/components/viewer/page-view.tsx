"use client";

import { useCallback, useMemo, useState } from "react";
import type { ViewerTarget } from "./citation-targets";
import { locateInText } from "./match-text";
import { type PdfOutcome, PdfPageView } from "./pdf-page-view";
import { StoredTextView } from "./stored-text-view";
import type { StoredPage } from "./use-document-page";
import type { LoadedPdf } from "./use-pdf-document";

export const PDF_TYPE = "application/pdf";

function fallbackReason(outcome: PdfOutcome, ocr: boolean): string {
  if (outcome === "failed")
    return "The page image could not be drawn, so the page's extracted text is shown.";
  return ocr
    ? "This page is a scan read by OCR: its image has no text layer to highlight on, so the cited words are marked in the text read from it."
    : "The cited words could not be located on the page image, so they are marked in the page's extracted text.";
}

/** The cited page: drawn by pdf.js for PDFs, otherwise its stored text; the cited words highlighted. */
interface PageViewProps {
  target: ViewerTarget;
  page: StoredPage;
  /** The open PDF when the page is one of a PDF's. */
  pdf: LoadedPdf;
}

export function PageView({ target, page, pdf }: PageViewProps) {
  const [outcome, setOutcome] = useState<PdfOutcome | null>(null);
  const onOutcome = useCallback((next: PdfOutcome) => setOutcome(next), []);

  const span = useMemo(() => {
    if (target.span) {
      const start = Math.max(0, Math.min(target.span.start, page.text.length));
      const end = Math.max(start, Math.min(target.span.end, page.text.length));
      return end > start ? { start, end } : null;
    }
    return target.snippet === "" ? null : locateInText(page.text, target.snippet);
  }, [target, page.text]);

  const missing = span === null && (
    <p className="notice notice-info" data-testid="viewer-notice">
      The cited passage could not be located on this page; the whole page is shown.
    </p>
  );

  if (page.mimeType !== PDF_TYPE) {
    return (
      <>
        {missing}
        <StoredTextView text={page.text} blocks={page.blocks} span={span} />
      </>
    );
  }

  const fallback = outcome === "not-found" || outcome === "failed";
  // A scan has no text layer to highlight on, so its OCR text sits beside the image from the start.
  const split = page.ocr || fallback;
  return (
    <>
      {missing}
      {fallback && (
        <p className="notice notice-info" data-testid="viewer-notice">
          {fallbackReason(outcome, page.ocr)}
        </p>
      )}
      <div className={split ? "viewer-split" : undefined}>
        <div className="viewer-page-column">
          <PdfPageView
            pdf={pdf}
            page={page.page}
            title={page.title}
            targetText={span ? page.text.slice(span.start, span.end) : null}
            onOutcome={onOutcome}
          />
        </div>
        {split && <StoredTextView text={page.text} blocks={page.blocks} span={span} />}
      </div>
    </>
  );
}
