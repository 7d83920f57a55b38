import type Tesseract from "tesseract.js";
import type { Recognition } from "./ocr-engine";

/** Keeps the part of tesseract.js's result tree that text extraction needs, in reading order. */
export function readTesseractPage(page: Pick<Tesseract.Page, "blocks" | "confidence">): Recognition {
  return {
    blocks: (page.blocks ?? []).map((block) => ({
      paragraphs: block.paragraphs.map((paragraph) => ({
        lines: paragraph.lines.map((line) => ({
          words: line.words.map((word) => ({ text: word.text, confidence: word.confidence })),
          top: line.bbox.y0,
          bottom: line.bbox.y1,
        })),
      })),
    })),
    confidence: page.confidence,
  };
}
