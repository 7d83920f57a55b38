import { contentWords } from "./text-analysis";

/** Stands in for the words of a text that has none, so it still gets a fixed unit vector. */
const EMPTY_TEXT_TOKEN = "\u0000empty";

/** 32-bit FNV-1a: stable across runs and platforms, unlike anything seeded. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Deterministic embedding in which texts sharing content words are close. Dimension 0 carries a
 * constant component so unrelated texts score `similarityFloor` instead of 0; the words are
 * feature-hashed with a sign into the remaining dimensions, with sublinear term frequency.
 */
export function hashEmbedding(text: string, dimension: number, similarityFloor: number): number[] {
  const words = contentWords(text);
  const counts = new Map<string, number>();
  for (const word of words.length > 0 ? words : [EMPTY_TEXT_TOKEN]) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }

  const wordPart = new Array<number>(dimension).fill(0);
  const hashedDimensions = Math.max(1, dimension - 1);
  for (const [word, count] of counts) {
    const slot = 1 + (fnv1a(word, 0) % hashedDimensions);
    const sign = fnv1a(word, 0x9e3779b9) & 1 ? 1 : -1;
    wordPart[slot % dimension] = (wordPart[slot % dimension] ?? 0) + sign * (1 + Math.log(count));
  }

  const wordNorm = Math.hypot(...wordPart) || 1;
  const floor = Math.min(Math.max(similarityFloor, 0), 1);
  const vector = wordPart.map((value) => (value / wordNorm) * Math.sqrt(1 - floor));
  vector[0] = (vector[0] ?? 0) + Math.sqrt(floor);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}
