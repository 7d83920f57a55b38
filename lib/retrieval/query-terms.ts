import { ENGLISH_STOP_WORDS } from "./english-stop-words";

export interface WordToken {
  /** Lowercased word as it appears. */
  word: string;
  start: number;
  end: number;
}

/** Words are runs of letters and digits in any script; everything else separates them. */
export function tokenizeWords(text: string): WordToken[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * A deliberately light suffix stripper: it only has to map a word and its common
 * inflections ("treatments", "treated", "treating") to one key, the same way for the
 * query and for the text, not produce linguistic roots.
 */
export function lightStem(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && stem.endsWith("sses")) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith("s") && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  if (stem.length > 5 && stem.endsWith("ing")) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith("ed")) stem = stem.slice(0, -2);
  // "stopped" -> "stopp" -> "stop"; "running" -> "runn" -> "run"
  if (/([^aeioulsz])\1$/.test(stem)) stem = stem.slice(0, -1);
  // "make", "making" and "makes" all end up as "mak".
  if (stem.length > 3 && stem.endsWith("e")) stem = stem.slice(0, -1);
  return stem;
}

export function isStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word);
}

/** Distinct stems of the words that carry meaning, in first-seen order. */
export function contentTerms(text: string): string[] {
  const terms = tokenizeWords(text)
    .filter((token) => !isStopWord(token.word))
    .map((token) => lightStem(token.word));
  return [...new Set(terms)];
}
