import { estimateTokens } from "@/lib/text/estimate-tokens";
import { splitSentences } from "./split-sentences";

/**
 * Cuts text into pieces of at most `maxTokens` at the most natural boundary available:
 * sentences first, then words for a sentence that is too long on its own (tables flattened
 * into one "sentence", lists without punctuation), then characters for a single enormous
 * token (a URL, a base64 blob). Pieces keep their order and, joined with spaces, the text.
 */
export function splitToFit(text: string, maxTokens: number): string[] {
  return splitSentences(text).flatMap((sentence) =>
    estimateTokens(sentence) <= maxTokens ? [sentence] : splitWords(sentence, maxTokens),
  );
}

function splitWords(sentence: string, maxTokens: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const word of sentence.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (estimateTokens(candidate) <= maxTokens) {
      current = candidate;
      continue;
    }
    if (current) pieces.push(current);
    if (estimateTokens(word) <= maxTokens) {
      current = word;
    } else {
      const parts = splitCharacters(word, maxTokens);
      current = parts.pop() ?? "";
      pieces.push(...parts);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Fixed-size slices: four characters per token where that fits, one per character otherwise (ideographs). */
function splitCharacters(word: string, maxTokens: number): string[] {
  const chars = Array.from(word);
  const generous = chars.slice(0, maxTokens * 4).join("");
  const size = estimateTokens(generous) <= maxTokens ? maxTokens * 4 : Math.max(1, maxTokens);
  const parts: string[] = [];
  for (let start = 0; start < chars.length; start += size)
    parts.push(chars.slice(start, start + size).join(""));
  return parts;
}
