import type { SearchHit } from "@/lib/domain/types";
import { contentTerms, lightStem, tokenizeWords } from "./query-terms";

export interface RelevanceVerdict {
  relevant: boolean;
  /** For logs and the abstention message; never shown raw to users. */
  reason: string;
}

function bestSimilarity(hits: SearchHit[]): number | undefined {
  const similarities = hits.flatMap((hit) => (hit.similarity === undefined ? [] : [hit.similarity]));
  return similarities.length > 0 ? Math.max(...similarities) : undefined;
}

function coverage(queryTerms: string[], text: string): number {
  const textStems = new Set(tokenizeWords(text).map((token) => lightStem(token.word)));
  return queryTerms.filter((term) => textStems.has(term)).length;
}

/** Short queries need every word: "aspirin dosage" answered from a chunk about dosage alone is wrong. */
function requiredMatches(termCount: number): number {
  return termCount <= 2 ? termCount : Math.ceil(termCount / 2);
}

/**
 * Decides whether the hits can support an answer, so the model is never asked to
 * answer from unrelated text. Cosine similarity decides when any hit has one. Without
 * it (keyword mode) the deciding hit is the keyword hit covering most query terms:
 * BM25 can rank a chunk repeating one rare term above a chunk containing them all.
 */
export function assessRelevance(
  query: string,
  hits: SearchHit[],
  options: { minSimilarity: number },
): RelevanceVerdict {
  if (hits.length === 0) return { relevant: false, reason: "no matching passages" };

  const similarity = bestSimilarity(hits);
  if (similarity !== undefined) {
    const shown = `${similarity.toFixed(3)} (minimum ${options.minSimilarity})`;
    return similarity >= options.minSimilarity
      ? { relevant: true, reason: `best similarity ${shown}` }
      : { relevant: false, reason: `best similarity too low: ${shown}` };
  }

  const terms = contentTerms(query);
  if (terms.length === 0) return { relevant: false, reason: "the question has no searchable words" };
  const keywordHits = hits.filter((hit) => hit.keywordRank !== undefined);
  const candidates = keywordHits.length > 0 ? keywordHits : hits;
  const matched = Math.max(...candidates.map((hit) => coverage(terms, hit.text)));
  const required = requiredMatches(terms.length);
  const shown = `${matched} of ${terms.length} query terms (need ${required})`;
  return matched >= required
    ? { relevant: true, reason: `best keyword hit contains ${shown}` }
    : { relevant: false, reason: `best keyword hit contains only ${shown}` };
}
