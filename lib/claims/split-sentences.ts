import { SENTENCE_ABBREVIATIONS } from "./sentence-abbreviations";

/** A sentence and where it lies in the text it was cut from (`text === source.slice(start, end)`). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Line breaks that always end a sentence: a blank line, a line that opens a list item, a
 * heading or a table row, and the break after a line ending in a colon ("Dosage:\n- 5 mg").
 * Any other single line break is wrapping inside a sentence.
 */
const HARD_BREAK =
  /\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•+]\s|\d{1,3}[.)]\s|[a-z][.)]\s|#{1,6}\s|\|))|(?<=:)[ \t]*\n\s*/g;

/** Sentence-ending punctuation, optional closing quotes, brackets or bold markers. */
const TERMINATOR = /[.!?…]+["'”’)*_]*/g;

/** Citation markers right after the punctuation belong to the sentence they close: "… minutes. [1]". */
const TRAILING_MARKERS = /^(?:[ \t]*\[\s*\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*\s*\])+/;

/** A list bullet, number or heading mark is layout, not part of the sentence. */
const LEADING_LAYOUT = /^(?:[-*•+]|\d{1,3}[.)]|[a-z][.)]|#{1,6})\s+/;

/**
 * Splits text (an answer or a source passage) into sentences with their offsets. A period does
 * not end a sentence after a known abbreviation ("e.g.", "Dr.", "approx. 5 mg"), an initial
 * ("J. Smith", "U.S."), a list number ("1. Take") or before a lowercase word; decimals ("2.5 mg")
 * never split because no space follows their point. Citation markers stay with their sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let blockStart = 0;
  for (const brk of text.matchAll(HARD_BREAK)) {
    splitBlock(text, blockStart, brk.index, sentences);
    blockStart = brk.index + brk[0].length;
  }
  splitBlock(text, blockStart, text.length, sentences);
  return sentences;
}

function splitBlock(text: string, from: number, to: number, out: SentenceSpan[]): void {
  const block = text.slice(from, to);
  let start = 0;
  for (const match of block.matchAll(TERMINATOR)) {
    let end = match.index + match[0].length;
    const markers = TRAILING_MARKERS.exec(block.slice(end));
    if (markers) end += markers[0].length;
    const rest = block.slice(end);
    const gap = /^\s+/.exec(rest);
    if (!gap) continue;
    if (!endsSentence(block, start, match.index, end + gap[0].length)) continue;
    push(text, from + start, from + end, out);
    start = end + gap[0].length;
  }
  push(text, from + start, to, out);
}

function endsSentence(block: string, sentenceStart: number, punctuationAt: number, nextAt: number): boolean {
  const next = block.charAt(nextAt);
  if (!/[\p{Lu}\p{N}"'“‘(*_[\p{Lo}]/u.test(next)) return false;
  if (block.charAt(punctuationAt) !== ".") return true;
  const word = lastWord(block.slice(sentenceStart, punctuationAt));
  if (SENTENCE_ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted acronyms: "J.", "U.S", "e.g" written without the list above; not a unit ("134 °C.").
  const before = block.charAt(punctuationAt - word.length - 1);
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 3 && !/[°\d]/.test(before)) return false;
  // A list number or letter standing alone at the start: "1. Patients", "a. Dose".
  return !/^(\d{1,3}|[a-z]|[ivx]{1,4})$/i.test(block.slice(sentenceStart, punctuationAt).trim());
}

function lastWord(text: string): string {
  const match = /([\p{L}\p{N}.]+)$/u.exec(text);
  return (match?.[1] ?? "").replace(/^\.+/, "");
}

function push(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  const layout = LEADING_LAYOUT.exec(text.slice(start, end));
  if (layout) start += layout[0].length;
  if (start < end) out.push({ text: text.slice(start, end), start, end });
}
