import type { TextFeatures } from "./claim-features";
import type { Quantity } from "./read-quantities";

/** How a claim's words, numbers and polarity compare with one passage. */
export interface LexicalMatch {
  /** Share of the claim's content words found in the passage, 0-1. */
  recall: number;
  /** Every number of the claim appears in the passage, with the same unit where both give one. */
  quantitiesMatch: boolean;
  /** One of the two says "not" (or "no", "never", "without") and the other does not. */
  negationMismatch: boolean;
}

/**
 * Stems that differ only in a derivational ending ("sterilise"/"sterilisation",
 * "autoclave"/"autoclaved") count as the same word; lightStem deliberately leaves them apart.
 */
const SHARED_PREFIX = 6;

export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  // "giv"/"given", "tak"/"taken": irregular forms lightStem leaves a few letters apart.
  const prefixed = a.startsWith(b) || b.startsWith(a);
  if (prefixed && (shorter >= 4 || (shorter === 3 && longer - shorter <= 2))) return true;
  let same = 0;
  while (same < shorter && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  return same >= SHARED_PREFIX;
}

function quantityFound(wanted: Quantity, offered: readonly Quantity[]): boolean {
  return offered.some(
    (q) =>
      q.value === wanted.value &&
      (wanted.unit === undefined || q.unit === undefined || q.unit === wanted.unit),
  );
}

export function matchLexically(claim: TextFeatures, passage: TextFeatures): LexicalMatch {
  const offered = new Set(passage.terms);
  let found = 0;
  for (const term of claim.terms) {
    if (offered.has(term) || passage.terms.some((candidate) => sameWord(term, candidate))) found++;
  }
  return {
    recall: claim.terms.length === 0 ? 0 : found / claim.terms.length,
    quantitiesMatch: claim.quantities.every((q) => quantityFound(q, passage.quantities)),
    negationMismatch: claim.negated !== passage.negated,
  };
}
