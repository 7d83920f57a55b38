"use client";

import { type CSSProperties, useEffect, useRef, useState } from "react";
import { mergeRects, type Rect } from "./highlight-rects";
import { loadPdfjs } from "./load-pdfjs";
import { findText } from "./match-text";
import type { LoadedPdf } from "./use-pdf-document";

/** "found": highlighted on the page; "not-found": the words are not in its text layer (a scan). */
export type PdfOutcome = "found" | "not-found" | "failed";

interface PdfPageViewProps {
  /** The open document (null while it loads), shared by the pages of one document. */
  pdf: LoadedPdf;
  page: number;
  title: string;
  /** The stored words to highlight; null highlights nothing. */
  targetText: string | null;
  onOutcome: (outcome: PdfOutcome) => void;
}

interface Drawn {
  width: number;
  height: number;
  scale: number;
}

const MIN_SCALE = 0.5;
const MAX_SCALE = 2;

/** The rectangles of characters start..end of one text-layer span, relative to the page box. */
function rectsOfRange(span: HTMLElement, start: number, end: number, page: DOMRect): Rect[] {
  const text = span.firstChild;
  if (!(text instanceof Text)) return [];
  const range = document.createRange();
  range.setStart(text, Math.min(start, text.length));
  range.setEnd(text, Math.min(end, text.length));
  return [...range.getClientRects()].map((rect) => ({
    left: rect.left - page.left,
    top: rect.top - page.top,
    width: rect.width,
    height: rect.height,
  }));
}

/**
 * One PDF page drawn by pdf.js: the canvas, its text layer (selectable, found by screen readers)
 * and translucent highlight boxes over the words of `targetText`, found in the text layer.
 */
export function PdfPageView({ pdf, page, title, targetText, onOutcome }: PdfPageViewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textLayerRef = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [highlights, setHighlights] = useState<Rect[]>([]);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    if (pdf === "failed") onOutcome("failed");
  }, [pdf, onOutcome]);

  useEffect(() => {
    const box = boxRef.current;
    const canvas = canvasRef.current;
    const textLayerBox = textLayerRef.current;
    if (!pdf || pdf === "failed" || !box || !canvas || !textLayerBox) return;
    let cancelled = false;
    let cancelTasks = () => {};
    setDrawn(null);
    setHighlights([]);
    setRendered(false);

    const draw = async () => {
      const pdfjs = await loadPdfjs();
      const pdfPage = await pdf.getPage(page);
      if (cancelled) return;
      const available = box.parentElement?.clientWidth ?? 800;
      const natural = pdfPage.getViewport({ scale: 1 });
      const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, (available - 16) / natural.width));
      const viewport = pdfPage.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      const size = { width: Math.floor(viewport.width), height: Math.floor(viewport.height), scale };
      setDrawn(size);
      box.style.setProperty("--total-scale-factor", String(scale));

      textLayerBox.replaceChildren();
      const render = pdfPage.render({
        canvas,
        viewport,
        ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }),
      });
      const textLayer = new pdfjs.TextLayer({
        textContentSource: pdfPage.streamTextContent(),
        container: textLayerBox,
        viewport,
      });
      cancelTasks = () => {
        render.cancel();
        textLayer.cancel();
      };
      await Promise.all([render.promise, textLayer.render()]);
      if (cancelled) return;
      setRendered(true);
      if (targetText === null) return;
      const pageBox = box.getBoundingClientRect();
      const rects = findText(textLayer.textContentItemsStr, targetText).flatMap((range) => {
        const span = textLayer.textDivs[range.piece];
        return span ? rectsOfRange(span, range.start, range.end, pageBox) : [];
      });
      const merged = mergeRects(rects);
      setHighlights(merged);
      onOutcome(merged.length > 0 ? "found" : "not-found");
    };

    draw().catch((error: unknown) => {
      if (!cancelled && !(error instanceof Error && error.name === "RenderingCancelledException")) {
        onOutcome("failed");
      }
    });
    return () => {
      cancelled = true;
      cancelTasks();
    };
  }, [pdf, page, targetText, onOutcome]);

  useEffect(() => {
    if (highlights.length === 0) return;
    boxRef.current
      ?.querySelector('[data-testid="viewer-highlight"]')
      ?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [highlights]);

  const boxStyle: CSSProperties | undefined = drawn
    ? { width: `${drawn.width}px`, height: `${drawn.height}px` }
    : undefined;

  return (
    <div
      ref={boxRef}
      className="viewer-pdf-page"
      data-testid="viewer-pdf-page"
      data-rendered={rendered}
      style={boxStyle}
    >
      {pdf === null && <p className="viewer-status">Opening the document…</p>}
      <canvas
        ref={canvasRef}
        className="viewer-canvas"
        data-testid="viewer-canvas"
        role="img"
        aria-label={`Page ${page} of ${title}`}
        style={drawn ? { width: `${drawn.width}px`, height: `${drawn.height}px` } : undefined}
      />
      {highlights.map((rect) => (
        <div
          key={`${rect.left}:${rect.top}`}
          className="viewer-highlight"
          data-testid="viewer-highlight"
          aria-hidden="true"
          style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
        />
      ))}
      <div ref={textLayerRef} className="textLayer viewer-text-layer" data-testid="viewer-text-layer" />
    </div>
  );
}
