"use client";

import { type KeyboardEvent, type MouseEvent, useId, useLayoutEffect, useRef } from "react";
import type { AskSource } from "../api/types";
import { useShowCitation } from "../viewer/citation-viewer";
import { formatLocation } from "./format-pages";
import { OcrBadge } from "./ocr-badge";

interface CitationButtonProps {
  source: AskSource;
  /** Whether the small preview (title, page, snippet) is shown. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Which of the answer's markers this is, counted in reading order: it ties the click to its sentence. */
function markerOccurrence(button: HTMLElement): number | null {
  const answer = button.closest('[data-testid="answer"]');
  if (!answer) return null;
  const index = [...answer.querySelectorAll('[data-testid="citation"]')].indexOf(button);
  return index < 0 ? null : index;
}

/**
 * An inline [n] marker. Clicking it opens the document viewer at the cited words; hovering or
 * focusing it previews the source. Everything is a <span> because it sits inside a paragraph.
 */
export function CitationButton({ source, open, onOpenChange }: CitationButtonProps) {
  const previewId = useId();
  const previewRef = useRef<HTMLSpanElement>(null);
  const showCitation = useShowCitation();
  const location = formatLocation(source);

  // The preview opens below its marker; a marker near the right edge would push it off screen,
  // so shift it left by the overflow before the browser paints it.
  useLayoutEffect(() => {
    const preview = previewRef.current;
    if (!open || !preview) return;
    preview.style.removeProperty("--popover-shift");
    const margin = 12;
    const rect = preview.getBoundingClientRect();
    const overflow = rect.right - (window.innerWidth - margin);
    if (overflow > 0) {
      const shift = Math.min(overflow, Math.max(0, rect.left - margin));
      preview.style.setProperty("--popover-shift", `${-shift}px`);
    }
  }, [open]);

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    // A saved source whose document is gone or out of reach has no page to show.
    if (!showCitation || source.unavailable) {
      onOpenChange(!open);
      return;
    }
    onOpenChange(false);
    const button = event.currentTarget;
    showCitation({ n: source.n, occurrence: markerOccurrence(button), returnFocusTo: button });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    onOpenChange(false);
  }

  return (
    <span className="citation">
      <button
        type="button"
        className="citation-marker"
        data-testid="citation"
        data-n={source.n}
        aria-describedby={open ? previewId : undefined}
        aria-haspopup={showCitation && !source.unavailable ? "dialog" : undefined}
        aria-label={`Source ${source.n}: ${source.title}, ${location}${source.ocr ? " (OCR)" : ""}`}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
        onPointerEnter={() => onOpenChange(true)}
        onPointerLeave={() => onOpenChange(false)}
        onFocus={(event) => {
          // Keyboard focus previews; a mouse click focuses too but opens the viewer instead.
          if (event.currentTarget.matches(":focus-visible")) onOpenChange(true);
        }}
        onBlur={() => onOpenChange(false)}
      >
        {source.n}
      </button>
      {open && (
        <span
          id={previewId}
          ref={previewRef}
          className="citation-popover"
          data-testid="citation-popover"
          role="tooltip"
        >
          <span className="citation-popover-header">
            <span className="citation-popover-title">{source.title}</span>
          </span>
          <span className="citation-popover-pages">
            {location}
            {source.ocr && <OcrBadge />}
          </span>
          {source.snippet && <span className="citation-popover-snippet">{source.snippet}</span>}
          {showCitation && !source.unavailable && (
            <span className="citation-popover-hint">Click to show it in the document</span>
          )}
        </span>
      )}
    </span>
  );
}
