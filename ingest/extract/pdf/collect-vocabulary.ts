import type { Vocabulary } from "./join-lines";
import type { TextLine } from "./text-fragment";

/**
 * Collects the words a document uses inside its lines, so a hyphen at a line break can be
 * judged by how the same word is spelled elsewhere. Words ending a line with a hyphen are left
 * out: they are the ones being judged.
 */
export function collectVocabulary(lines: readonly Pick<TextLine, "text">[]): Vocabulary {
  const words = new Set<string>();
  for (const line of lines) {
    for (const token of line.text.toLowerCase().split(/\s+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (word !== "" && !/[-\u2010]$/.test(token)) words.add(word);
    }
  }
  return words;
}
