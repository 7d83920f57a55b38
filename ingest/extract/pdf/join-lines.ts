/** Words as they appear in the document (lowercase, hyphenated compounds kept whole). */
export type Vocabulary = ReadonlySet<string>;

/**
 * First halves of compounds that keep their hyphen even when a line break falls right after it
 * ("follow-up", "self-reported"), used when the document itself offers no evidence either way.
 */
const COMPOUND_HEADS = new Set([
  "all",
  "anti",
  "co",
  "cross",
  "double",
  "end",
  "first",
  "follow",
  "full",
  "half",
  "high",
  "long",
  "low",
  "multi",
  "non",
  "off",
  "on",
  "open",
  "part",
  "post",
  "quasi",
  "right",
  "second",
  "self",
  "semi",
  "short",
  "single",
  "step",
  "third",
  "time",
  "two",
  "well",
  "wide",
  "year",
]);

/** Scripts written without spaces between words: their line breaks join with nothing. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]/u;
const LINE_END_HYPHEN = /(\p{L}+)[-\u2010]$/u;
const LINE_START_WORD = /^(\p{L}+)/u;

/**
 * Joins the next line of a paragraph onto the text so far. A word broken by hyphenation is
 * rejoined ("treat-" + "ment"); a real compound keeps its hyphen ("follow-" + "up", "COVID-" +
 * "19"). Evidence, strongest first: the document spells the word elsewhere one way only; both
 * halves are words the document uses on their own ("system" + "recorded", unlike "treat" +
 * "ment"); the first half is a common compound head; otherwise a lowercase-to-lowercase
 * break is hyphenation.
 */
export function joinLines(text: string, next: string, vocabulary: Vocabulary = new Set()): string {
  if (text === "") return next;
  if (text.endsWith("\u00ad")) return text.slice(0, -1) + next;
  if (UNSPACED_SCRIPT.test(text.slice(-1)) && UNSPACED_SCRIPT.test(next.charAt(0))) return text + next;
  const head = LINE_END_HYPHEN.exec(text)?.[1];
  if (head === undefined) return /[\p{L}\p{N}][-\u2010]$/u.test(text) ? text + next : `${text} ${next}`;
  const tail = LINE_START_WORD.exec(next)?.[1];
  if (tail === undefined) return text + next;
  return isHyphenationBreak(head, tail, vocabulary) ? text.slice(0, -1) + next : text + next;
}

function isHyphenationBreak(head: string, tail: string, vocabulary: Vocabulary): boolean {
  const joined = (head + tail).toLowerCase();
  const compound = `${head}-${tail}`.toLowerCase();
  const seenJoined = vocabulary.has(joined);
  const seenCompound = vocabulary.has(compound);
  if (seenJoined !== seenCompound) return seenJoined;
  if (vocabulary.has(head.toLowerCase()) && vocabulary.has(tail.toLowerCase())) return false;
  const bothLowercase = /^\p{Ll}+$/u.test(head) && /^\p{Ll}/u.test(tail);
  return bothLowercase && !COMPOUND_HEADS.has(head);
}
