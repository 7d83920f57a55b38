/**
 * Words that end with a period without ending a sentence. Compared lowercase, without the
 * final period; "etc" is absent on purpose because it usually does end one.
 */
const ABBREVIATIONS = new Set([
  "al",
  "approx",
  "apr",
  "aug",
  "ca",
  "cf",
  "ch",
  "co",
  "corp",
  "dec",
  "dept",
  "dr",
  "e.g",
  "eq",
  "eqs",
  "esp",
  "est",
  "feb",
  "fig",
  "figs",
  "i.e",
  "inc",
  "incl",
  "jan",
  "jr",
  "jul",
  "jun",
  "ltd",
  "mar",
  "max",
  "min",
  "mr",
  "mrs",
  "ms",
  "mt",
  "no",
  "nos",
  "nov",
  "oct",
  "p",
  "pp",
  "prof",
  "ref",
  "refs",
  "resp",
  "sec",
  "sect",
  "sep",
  "sept",
  "sr",
  "st",
  "tab",
  "vol",
  "vols",
  "vs",
  "viz",
]);

/** Sentence-ending punctuation, optional closing quotes or brackets, then whitespace. */
const BOUNDARY = /[.!?…]+["'”’)\]]*\s+|[。！？]+["'”’」』）]*\s*/gu;

/**
 * Splits text into sentences, keeping every character except the whitespace between them, so
 * `splitSentences(t).join(" ")` reads as `t`. A period does not end a sentence after a known
 * abbreviation ("e.g.", "Dr.", "Fig. 3"), an initial ("J. Smith", "U.S."), a list number
 * ("1. Patients") or when the next word starts in lowercase. Decimals never split because no
 * space follows their point.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const punctuationEnd = match.index + match[0].trimEnd().length;
    const end = match.index + match[0].length;
    if (end >= text.length) break;
    if (!isSentenceEnd(text, start, match.index, end)) continue;
    pushTrimmed(sentences, text.slice(start, punctuationEnd));
    start = end;
  }
  pushTrimmed(sentences, text.slice(start));
  return sentences;
}

function isSentenceEnd(text: string, sentenceStart: number, punctuationAt: number, nextAt: number): boolean {
  const punctuation = text.charAt(punctuationAt);
  if (/[。！？]/u.test(punctuation)) return true;
  const next = text.charAt(nextAt);
  if (!/[\p{Lu}\p{N}"'“‘([\p{Lo}]/u.test(next)) return false;
  if (punctuation !== ".") return true;
  const word = lastWord(text.slice(sentenceStart, punctuationAt));
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted acronyms: "J.", "U.S", "e.g" written without the list above.
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 3) return false;
  // A list number or letter standing alone at the start: "1. Patients", "a. Dose".
  return !/^(\d{1,3}|[a-z]|[ivx]{1,4})$/i.test(text.slice(sentenceStart, punctuationAt).trim());
}

function lastWord(text: string): string {
  const match = /([\p{L}\p{N}.]+)$/u.exec(text);
  return (match?.[1] ?? "").replace(/^\.+/, "");
}

function pushTrimmed(sentences: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) sentences.push(trimmed);
}
