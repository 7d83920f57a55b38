import { contentTerms, lightStem, tokenizeWords } from "./query-terms";

/**
 * The candidates whose document title names query terms, most terms first (ties keep the
 * candidates' order): a list fused with the others, so a chunk of a document titled after
 * the question's subject rises without a title alone ever bringing in a chunk.
 */
export function rankTitleMatches<T extends { id: string; title: string }>(
  query: string,
  candidates: readonly T[],
): Array<{ id: string }> {
  const terms = contentTerms(query);
  if (terms.length === 0) return [];
  const matched = candidates.flatMap((candidate, order) => {
    const titleStems = new Set(tokenizeWords(candidate.title).map((token) => lightStem(token.word)));
    const count = terms.filter((term) => titleStems.has(term)).length;
    return count > 0 ? [{ id: candidate.id, count, order }] : [];
  });
  return matched.sort((a, b) => b.count - a.count || a.order - b.order).map(({ id }) => ({ id }));
}
