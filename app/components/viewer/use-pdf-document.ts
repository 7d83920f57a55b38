"use client";

import type { PDFDocumentProxy } from "pdfjs-dist";
import { useEffect, useState } from "react";
import { documentFileHref } from "../ask/format-pages";
import { loadPdfjs, PDFJS_DOCUMENT_OPTIONS } from "./load-pdfjs";

/** null while loading (or when no PDF is shown), "failed" when pdf.js could not open it. */
export type LoadedPdf = PDFDocumentProxy | "failed" | null;

/**
 * Opens a PDF (the original file, with the session cookie) and keeps it open while the same
 * document is shown, so walking between its citations draws pages without downloading it again.
 */
export function usePdfDocument(documentId: string | null): LoadedPdf {
  // Tagged with its document, so a render between two documents never hands out the old one.
  const [opened, setOpened] = useState<{ documentId: string; pdf: PDFDocumentProxy | "failed" } | null>(null);
  useEffect(() => {
    if (documentId === null) return;
    let task: ReturnType<Awaited<ReturnType<typeof loadPdfjs>>["getDocument"]> | null = null;
    let cancelled = false;
    loadPdfjs()
      .then((pdfjs) => {
        if (cancelled) return null;
        task = pdfjs.getDocument({ url: documentFileHref(documentId), ...PDFJS_DOCUMENT_OPTIONS });
        return task.promise;
      })
      .then(
        (loaded) => {
          if (!cancelled && loaded) setOpened({ documentId, pdf: loaded });
        },
        () => {
          if (!cancelled) setOpened({ documentId, pdf: "failed" });
        },
      );
    return () => {
      cancelled = true;
      void task?.destroy();
      // A destroyed document must not come back if this one is shown again.
      setOpened((current) => (current?.documentId === documentId ? null : current));
    };
  }, [documentId]);
  return opened !== null && opened.documentId === documentId ? opened.pdf : null;
}
