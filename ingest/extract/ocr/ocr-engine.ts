/** An 8-bit greyscale picture of a page, one byte per pixel, rows top to bottom (0 is black). */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** Resolution the page was rendered at, so the engine can judge glyph sizes. */
  dpi: number;
}

/** A clockwise quarter turn. */
export type Rotation = 0 | 90 | 180 | 270;

export interface RecognizedWord {
  text: string;
  /** 0-100, as the engine reports it. */
  confidence: number;
}

export interface RecognizedLine {
  words: RecognizedWord[];
  /** Top and bottom edges in pixels. */
  top: number;
  bottom: number;
}

export interface RecognizedParagraph {
  lines: RecognizedLine[];
}

/** A region of the page read as one: a column, a caption, a table cell. */
export interface RecognizedBlock {
  paragraphs: RecognizedParagraph[];
}

/** What an engine read on one page, in its reading order. */
export interface Recognition {
  blocks: RecognizedBlock[];
  /** Mean word confidence over the page, 0-100. */
  confidence: number;
}

export interface RecognizeOptions {
  /** Aborted when the page's time is up; the engine must stop promptly and reject. */
  signal: AbortSignal;
}

/**
 * Reads text from upright page images (turning them is the caller's job). extractPdf uses one engine for every page of a document, one
 * page at a time; an engine that a caller passes in stays the caller's to close.
 */
export interface OcrEngine {
  recognize(image: GreyImage, options: RecognizeOptions): Promise<Recognition>;
  /** Releases what the engine started (worker threads, memory); it may be used again after. */
  close?(): Promise<void>;
}
