import type { TextBlock } from "@/lib/domain/types";
import { joinLines, type Vocabulary } from "../pdf/join-lines";
import type { Recognition, RecognizedBlock, RecognizedLine, RecognizedWord } from "./ocr-engine";

/** Table rules and scanner specks that tesseract reads as characters. */
const RULE_DEBRIS = /^[|¦~_]+$/u;
/** A table rule read as part of the word beside it ("|awareness"). */
const RULE_EDGES = /^[|¦]+|[|¦]+$/gu;
/** A symbol-only "word" below this confidence is a speck, not punctuation. */
const MIN_SYMBOL_CONFIDENCE = 50;
/** Below this a word is a guess at noise (a stain, a signature) rather than a misread word. */
const MIN_WORD_CONFIDENCE = 20;
/**
 * Paragraphs read below this mean confidence are pictures taken for text: tesseract reads a
 * photograph as columns of "EE", "JE" at 10-40, while even a misread word of real text
 * scores above 60.
 */
const MIN_PARAGRAPH_CONFIDENCE = 50;
/**
 * A blank line widens the gap between two lines by a whole line; a gap this many line heights
 * wider than usual starts a new paragraph.
 */
const PARAGRAPH_GAP_LINES = 0.6;
/** Double-spaced text leaves about a line height between lines; more than this is not leading. */
const MAX_LEADING_LINES = 0.8;
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/u;

interface OcrLine {
  text: string;
  words: number;
  /** Sum over the words kept. */
  confidence: number;
  top: number;
  bottom: number;
  /** Tesseract starts a paragraph here; its paragraph detection is a hint, not the truth. */
  opensParagraph: boolean;
}

/**
 * Turns what OCR read on a page into paragraphs, block by block. Tesseract's paragraphs are
 * only a hint: it misses breaks at blank lines and breaks mid-sentence, so a paragraph ends at a
 * blank-line gap, or where tesseract saw one after a finished sentence. Words broken by
 * hyphenation are rejoined as in text PDFs. Rule debris and specks are dropped, and so is any
 * paragraph without a real word, so a page of noise yields no blocks.
 */
export function recognitionToBlocks(recognition: Recognition, vocabulary: Vocabulary): TextBlock[] {
  const lineHeight = typicalLineHeight(recognition);
  // Capped: on a page of few lines the "typical" gap may itself be a blank line.
  const leading = Math.min(typicalGap(recognition), lineHeight * MAX_LEADING_LINES);
  const maxGap = leading + lineHeight * PARAGRAPH_GAP_LINES;
  return recognition.blocks
    .flatMap((block) => splitParagraphs(blockLines(block), maxGap))
    .filter((lines) => meanConfidence(lines) >= MIN_PARAGRAPH_CONFIDENCE)
    .map((lines) => lines.reduce((text, line) => joinLines(text, line.text, vocabulary), ""))
    .filter((text) => /\p{L}{2}/u.test(text))
    .map((text) => ({ kind: "paragraph", text }));
}

/** Each line's words as read, for the document's vocabulary. */
export function recognizedLineTexts(recognition: Recognition): string[] {
  return allLines(recognition).map((line) => line.words.map((word) => word.text).join(" "));
}

function blockLines(block: RecognizedBlock): OcrLine[] {
  return block.paragraphs
    .flatMap((paragraph) =>
      paragraph.lines.map((line, index) => ({ ...cleanLine(line), opensParagraph: index === 0 })),
    )
    .filter((line) => line.text !== "");
}

function cleanLine(line: RecognizedLine) {
  const words = line.words
    .filter(isWord)
    .map((word) => ({ text: word.text.trim().replace(RULE_EDGES, ""), confidence: word.confidence }))
    .filter((word) => word.text !== "");
  return {
    text: words.map((word) => word.text).join(" "),
    words: words.length,
    confidence: words.reduce((sum, word) => sum + word.confidence, 0),
    top: line.top,
    bottom: line.bottom,
  };
}

function meanConfidence(lines: readonly OcrLine[]): number {
  const words = lines.reduce((sum, line) => sum + line.words, 0);
  return words === 0 ? 0 : lines.reduce((sum, line) => sum + line.confidence, 0) / words;
}

function isWord(word: RecognizedWord): boolean {
  if (word.confidence < MIN_WORD_CONFIDENCE || RULE_DEBRIS.test(word.text)) return false;
  return /[\p{L}\p{N}]/u.test(word.text) || word.confidence >= MIN_SYMBOL_CONFIDENCE;
}

function splitParagraphs(lines: readonly OcrLine[], maxGap: number): OcrLine[][] {
  const paragraphs: OcrLine[][] = [];
  let previous: OcrLine | undefined;
  for (const line of lines) {
    const current = paragraphs.at(-1);
    const continues =
      current !== undefined &&
      previous !== undefined &&
      line.top - previous.bottom <= maxGap &&
      !(line.opensParagraph && SENTENCE_END.test(previous.text));
    if (continues) current.push(line);
    else paragraphs.push([line]);
    previous = line;
  }
  return paragraphs;
}

function allLines(recognition: Recognition): RecognizedLine[] {
  return recognition.blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
}

/** The median line height on the page, so one large heading does not set the scale. */
function typicalLineHeight(recognition: Recognition): number {
  return median(allLines(recognition).map((line) => line.bottom - line.top));
}

/** The median space between consecutive lines of a block: the leading, not paragraph breaks. */
function typicalGap(recognition: Recognition): number {
  return median(
    recognition.blocks.flatMap((block) => {
      const lines = block.paragraphs.flatMap((paragraph) => paragraph.lines);
      return lines.slice(1).map((line, index) => line.top - (lines[index]?.bottom ?? line.top));
    }),
  );
}

function median(values: readonly number[]): number {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}
