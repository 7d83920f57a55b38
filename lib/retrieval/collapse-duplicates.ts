import { tokenizeWords } from "./query-terms";

/** Word 3-grams: two texts sharing 90% of them say the same thing, whatever their layout. */
const SHINGLE_WORDS = 3;
export const NEAR_DUPLICATE_JACCARD = 0.9;

export function wordShingles(text: string): Set<string> {
  const words = tokenizeWords(text).map((token) => token.word);
  if (words.length < SHINGLE_WORDS) return new Set(words.length > 0 ? [words.join(" ")] : []);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    shingles.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  }
  return shingles;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Keeps the first (best-ranked) of every group of near-identical chunks: the same passage
 * in two versions of a document or in two collections would otherwise take two of the few
 * source slots and tell the model nothing new. Word-shingle Jaccard at or above
 * `threshold`; a pair whose sizes alone rule it out is never compared.
 */
export function collapseNearDuplicates<T extends { text: string }>(
  hits: readonly T[],
  threshold: number = NEAR_DUPLICATE_JACCARD,
): T[] {
  const kept: Array<{ hit: T; shingles: Set<string> }> = [];
  for (const hit of hits) {
    const shingles = wordShingles(hit.text);
    const duplicate = kept.some((other) => {
      const smaller = Math.min(shingles.size, other.shingles.size);
      const larger = Math.max(shingles.size, other.shingles.size);
      // Jaccard can never exceed smaller / larger.
      if (larger > 0 && smaller / larger < threshold) return false;
      return jaccard(shingles, other.shingles) >= threshold;
    });
    if (!duplicate) kept.push({ hit, shingles });
  }
  return kept.map((entry) => entry.hit);
}
