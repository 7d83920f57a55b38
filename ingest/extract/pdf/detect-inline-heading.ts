const MAX_CHARS = 100;
const MAX_WORDS = 12;
const NUMBERED = /^((?:\d{1,2}\.)*\d{1,2})\.?\s+(\S.*)$/u;
const LETTERED = /^(?:[A-Z]|[IVX]{1,4})\.\s+(\S.*)$/u;

/**
 * Many documents (most Word protocols) set headings in body-size bold, which pdf.js text
 * content cannot see. A single-line paragraph still reads as a heading when it is short, does
 * not end like a sentence and is numbered like a section ("5.1 Inclusion criteria") or set in
 * capitals. Returns the nesting depth (number of numbering parts, 1 for unnumbered) or null.
 * Single-number items must be in capitals ("1. INTRODUCTION") or Title Case without a period
 * after the number ("1 Introduction"), so numbered list items stay paragraphs.
 */
export function inlineHeadingDepth(text: string): number | null {
  // Dot leaders and a trailing page number mark table-of-contents entries, not headings.
  if (text.length > MAX_CHARS || /\.{3,}|…|_{3,}|[.,;:!?]$|\s\d{1,3}$/.test(text)) return null;
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const number = numbered[1] ?? "";
    const depth = number.split(".").length;
    const rest = numbered[2] ?? "";
    if (!isHeadingPhrase(rest)) return null;
    if (depth > 1 || isUpperCase(rest)) return depth;
    // "1. Jewelry Removed" is a list item; "1 Introduction" (no period) is not how lists are written.
    return !text.startsWith(`${number}.`) && isTitleOrUpperCase(rest) ? depth : null;
  }
  const lettered = LETTERED.exec(text)?.[1];
  if (lettered !== undefined) return isHeadingPhrase(lettered) && isTitleOrUpperCase(lettered) ? 1 : null;
  return isHeadingPhrase(text) && isUpperCase(text) && letterCount(text) >= 6 ? 1 : null;
}

/** Starts with a capital letter and is a handful of words, not a sentence. */
function isHeadingPhrase(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= MAX_WORDS;
}

function isTitleOrUpperCase(text: string): boolean {
  if (isUpperCase(text)) return true;
  const significant = text.split(/\s+/).filter((word) => word.length > 3 && /^\p{L}/u.test(word));
  const capitalised = significant.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 0.6 * significant.length;
}

function isUpperCase(text: string): boolean {
  return letterCount(text) > 0 && !/\p{Ll}/u.test(text);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Whether a body-size heading line is directly followed by its text with no extra spacing, in
 * which case the paragraph must break after it for the heading to be seen at all.
 */
export function detectInlineHeadingBreak(line: string, nextLine: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(nextLine) && inlineHeadingDepth(line) !== null;
}
