"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { documentFileHref } from "../ask/format-pages";
import type { ViewerTarget } from "./citation-targets";
import { PageView, PDF_TYPE } from "./page-view";
import { useDocumentPage } from "./use-document-page";
import { usePdfDocument } from "./use-pdf-document";

interface DocumentViewerProps {
  targets: readonly ViewerTarget[];
  index: number;
  onNavigate: (index: number) => void;
  /** Called after the dialog has closed, so focus can go back to where it was opened from. */
  onClose: () => void;
}

const PREVIOUS_KEYS = new Set(["ArrowLeft", "p"]);
const NEXT_KEYS = new Set(["ArrowRight", "n"]);

function pageHeading(target: ViewerTarget, pages: number | null): string {
  const of = pages === null ? "" : ` of ${pages}`;
  return target.pageLabel ? `${target.pageLabel} (page ${target.page}${of})` : `Page ${target.page}${of}`;
}

/**
 * A modal dialog (native <dialog>: the rest of the page is inert while it is open, Escape closes
 * it) showing one cited page with the cited words highlighted, and buttons and keys (←/p, →/n)
 * to walk through the answer's citations.
 */
export function DocumentViewer({ targets, index, onNavigate, onClose }: DocumentViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const target = targets[index] ?? targets[0];
  const load = useDocumentPage(target?.documentId ?? "", target?.page ?? 1);
  // Kept while the next page loads, so citations within one PDF share the opened document.
  const [pdfDocumentId, setPdfDocumentId] = useState<string | null>(null);
  const pdf = usePdfDocument(pdfDocumentId);
  useEffect(() => {
    if (load.status !== "ready") return;
    setPdfDocumentId(load.page.mimeType === PDF_TYPE ? load.page.documentId : null);
  }, [load]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  if (!target) return null;
  const count = targets.length;
  const step = (delta: number) => onNavigate((index + delta + count) % count);
  const close = () => {
    dialogRef.current?.close();
    onClose();
  };

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || count < 2) return;
    if (PREVIOUS_KEYS.has(event.key)) step(-1);
    else if (NEXT_KEYS.has(event.key)) step(1);
    else return;
    event.preventDefault();
  }

  const pages = load.status === "ready" ? load.page.pages : null;

  return (
    <dialog
      ref={dialogRef}
      className="viewer-dialog"
      data-testid="viewer"
      data-from={target.from}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={handleKeyDown}
    >
      <header className="viewer-header">
        <div className="viewer-heading">
          <h2 id={titleId} className="viewer-title" data-testid="viewer-title">
            {target.title}
          </h2>
          {/* Announced as the person walks from citation to citation. */}
          <p className="viewer-location" aria-live="polite">
            <span data-testid="viewer-page" data-page={target.page}>
              {pageHeading(target, pages)}
            </span>
            <span className="viewer-citation-count" data-testid="viewer-citation" data-n={target.n}>
              Source [{target.n}] · citation {index + 1} of {count}
            </span>
          </p>
        </div>
        <div className="viewer-actions">
          <button
            type="button"
            className="button button-secondary"
            data-testid="viewer-previous"
            aria-keyshortcuts="ArrowLeft p"
            disabled={count < 2}
            onClick={() => step(-1)}
          >
            Previous citation
          </button>
          <button
            type="button"
            className="button button-secondary"
            data-testid="viewer-next"
            aria-keyshortcuts="ArrowRight n"
            disabled={count < 2}
            onClick={() => step(1)}
          >
            Next citation
          </button>
          <a
            className="viewer-open-original"
            data-testid="viewer-open-original"
            href={documentFileHref(
              target.documentId,
              target.pageLabel === undefined ? target.page : undefined,
            )}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open original
            <span className="visually-hidden"> file of {target.title} (opens in a new tab)</span>
          </a>
          <button
            type="button"
            className="icon-button"
            data-testid="viewer-close"
            aria-label="Close document viewer"
            onClick={close}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </header>
      <div className="viewer-body" data-testid="viewer-body">
        {load.status === "loading" && <p className="viewer-status">Loading the page…</p>}
        {load.status === "error" && (
          <p className="notice notice-error" role="alert">
            {load.message}
          </p>
        )}
        {load.status === "ready" && (
          <PageView
            key={`${index}:${target.documentId}:${target.page}`}
            target={target}
            page={load.page}
            pdf={pdf}
          />
        )}
      </div>
      <p className="viewer-keys hint">
        Keys: <kbd>←</kbd> or <kbd>p</kbd> previous citation, <kbd>→</kbd> or <kbd>n</kbd> next,{" "}
        <kbd>Esc</kbd> closes.
      </p>
    </dialog>
  );
}
