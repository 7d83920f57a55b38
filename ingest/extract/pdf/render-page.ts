import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { unlessAborted } from "../ocr/abort-signal";
import type { GreyImage } from "../ocr/ocr-engine";
import { rgbaToGrey } from "../ocr/rgba-to-grey";
import { type DrawnMarks, noteDrawnMark } from "./drawn-marks";
import { renderSize } from "./render-size";

export interface RenderOptions {
  dpi: number;
  /** Longest side in pixels; larger pages are rendered at a lower resolution. */
  maxSidePx: number;
  signal: AbortSignal;
}

export interface RenderedPage {
  image: GreyImage;
  /** Dark pixels: zero for a blank page, however many operators it has. */
  inkPixels: number;
  marks: DrawnMarks;
}

export interface PageRenderer {
  render(pageNumber: number, options: RenderOptions): Promise<RenderedPage>;
}

/** pdf.js's canvas factory: in Node, canvases from @napi-rs/canvas shaped like DOM canvases. */
interface CanvasFactory {
  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
  destroy(target: { canvas: HTMLCanvasElement | null; context: CanvasRenderingContext2D | null }): void;
}

/**
 * Renders pages of an open document to greyscale pixels on white, one at a time; each canvas
 * is freed before the next page. While pdf.js draws, it is watched for what kinds of marks the
 * page makes, so callers can tell a scan from a page that only holds a few words.
 */
export function pageRenderer(document: PDFDocumentProxy): PageRenderer {
  const factory = document.canvasFactory as CanvasFactory;
  return {
    async render(pageNumber, { dpi, maxSidePx, signal }) {
      signal.throwIfAborted();
      const page = await document.getPage(pageNumber);
      const unscaled = page.getViewport({ scale: 1 });
      const size = renderSize(unscaled.width, unscaled.height, { dpi, maxSidePx });
      const target = factory.create(size.width, size.height);
      const marks: DrawnMarks = { graphics: false, text: false };
      const task = page.render({
        canvas: target.canvas,
        viewport: page.getViewport({ scale: size.scale }),
        operationsFilter: (index, operatorList) => {
          const operator = operatorList.fnArray[index];
          if (operator !== undefined) noteDrawnMark(marks, operator, operatorList.argsArray[index]);
          return true;
        },
      });
      const cancel = () => task.cancel();
      signal.addEventListener("abort", cancel, { once: true });
      try {
        await unlessAborted(task.promise, signal);
        const { data } = target.context.getImageData(0, 0, size.width, size.height);
        return { ...rgbaToGrey(data, size.width, size.height, size.dpi), marks };
      } finally {
        signal.removeEventListener("abort", cancel);
        factory.destroy(target);
        page.cleanup();
      }
    },
  };
}
