"use client";

import {
  type FocusEvent,
  type KeyboardEvent,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useRef,
} from "react";
import type { AskSource } from "../api/types";
import { formatLocation, sourceFileHref } from "./format-pages";
import { OcrBadge } from "./ocr-badge";

interface CitationButtonProps {
  source: AskSource;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * An inline [n] marker that discloses its source. Everything is a <span> because it sits
 * inside a paragraph. Closes on Escape (focus returns to the marker), on a click elsewhere,
 * and when keyboard focus moves on past the card.
 */
export function CitationButton({ source, open, onOpenChange }: CitationButtonProps) {
  const popoverId = useId();
  const wrapperRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLSpanElement>(null);
  const location = formatLocation(source);

  // The card opens below its marker; a marker near the right edge would push it off screen,
  // so shift it left by the overflow before the browser paints it.
  useLayoutEffect(() => {
    const popover = popoverRef.current;
    if (!open || !popover) return;
    popover.style.removeProperty("--popover-shift");
    const margin = 12;
    const rect = popover.getBoundingClientRect();
    const overflow = rect.right - (window.innerWidth - margin);
    if (overflow > 0) {
      const shift = Math.min(overflow, Math.max(0, rect.left - margin));
      popover.style.setProperty("--popover-shift", `${-shift}px`);
    }
  }, [open]);

  const closeOnOutsidePointer = useEffectEvent((event: PointerEvent) => {
    if (event.target instanceof Node && !wrapperRef.current?.contains(event.target)) onOpenChange(false);
  });

  useEffect(() => {
    if (!open) return;
    const listener = (event: PointerEvent) => closeOnOutsidePointer(event);
    document.addEventListener("pointerdown", listener);
    return () => document.removeEventListener("pointerdown", listener);
  }, [open]);

  function handleKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    onOpenChange(false);
    buttonRef.current?.focus();
  }

  function handleBlur(event: FocusEvent<HTMLSpanElement>) {
    // A null relatedTarget is a click on nothing focusable; the pointer handler decides that.
    const next = event.relatedTarget;
    if (open && next instanceof Node && !wrapperRef.current?.contains(next)) onOpenChange(false);
  }

  return (
    // Escape and focus-leaving are caught here, once, for the marker and everything in its card.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated keyboard handling; the controls inside are real buttons and links
    <span className="citation" ref={wrapperRef} onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="citation-marker"
        data-testid="citation"
        data-n={source.n}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-label={`Source ${source.n}: ${source.title}, ${location}${source.ocr ? " (OCR)" : ""}`}
        onClick={() => onOpenChange(!open)}
      >
        {source.n}
      </button>
      {open && (
        // Inside a paragraph only phrasing content is valid, so the card cannot be a <fieldset>.
        // biome-ignore lint/a11y/useSemanticElements: role="group" on a <span> is the phrasing-content equivalent
        <span
          id={popoverId}
          ref={popoverRef}
          className="citation-popover"
          data-testid="citation-popover"
          role="group"
          aria-label={`Source ${source.n}`}
          tabIndex={-1}
        >
          <span className="citation-popover-header">
            <span className="citation-popover-title">{source.title}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Close source ${source.n}`}
              onClick={() => {
                onOpenChange(false);
                buttonRef.current?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
          <span className="citation-popover-pages">
            {location}
            {source.ocr && <OcrBadge />}
          </span>
          {source.snippet && <span className="citation-popover-snippet">{source.snippet}</span>}
          <a
            className="citation-popover-link"
            href={sourceFileHref(source)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {source.pageLabel === undefined ? `Open page ${source.pageStart}` : "Open file"}
            <span className="visually-hidden">
              {source.pageLabel === undefined ? " of " : ": "}
              {source.title} (opens in a new tab)
            </span>
          </a>
        </span>
      )}
    </span>
  );
}
