import type { SearchHit } from "@/lib/domain/types";
import { contentTerms, lightStem, tokenizeWords } from "./query-terms";

export interface RelevanceVerdict {
  relevant: boolean;
  /** For logs and the abstention message; never shown raw to users. */
  reason: string;
}

export interface RelevanceThresholds {
  /** Cosine similarity the best vector hit must reach (QUIRE_MIN_SIMILARITY). */
  minSimilarity: number;
  /**
   * Share of the question's content terms the best keyword hit must contain when no hit has
   * a similarity (QUIRE_MIN_KEYWORD_COVERAGE); questions of one or two terms need them all.
   * Default 0.4 (calibrated on SciFact train).
   */
  minKeywordCoverage?: number;
}

/** What the gate decides on, computed once per question so a calibration can sweep thresholds over it. */
export interface GateFeatures {
  hits: number;
  /** Best cosine similarity among the hits; undefined when no vector search found any. */
  similarity?: number;
  /** Distinct content terms of the question. */
  terms: number;
  /** Most of those terms any one keyword hit contains. */
  matched: number;
}

export const DEFAULT_KEYWORD_COVERAGE = 0.4;

function bestSimilarity(hits: readonly SearchHit[]): number | undefined {
  const similarities = hits.flatMap((hit) => (hit.similarity === undefined ? [] : [hit.similarity]));
  return similarities.length > 0 ? Math.max(...similarities) : undefined;
}

function coverage(queryTerms: string[], text: string): number {
  const textStems = new Set(tokenizeWords(text).map((token) => lightStem(token.word)));
  return queryTerms.filter((term) => textStems.has(term)).length;
}

/** Short queries need every word: "aspirin dosage" answered from a chunk about dosage alone is wrong. */
export function requiredMatches(termCount: number, minCoverage: number): number {
  return termCount <= 2 ? termCount : Math.max(1, Math.ceil(minCoverage * termCount - 1e-9));
}

/**
 * The gate's inputs. Without similarities (keyword mode) the deciding hit is the keyword hit
 * covering most query terms: BM25 can rank a chunk repeating one rare term above a chunk
 * containing them all.
 */
export function gateFeatures(query: string, hits: readonly SearchHit[]): GateFeatures {
  const terms = contentTerms(query);
  const keywordHits = hits.filter((hit) => hit.keywordRank !== undefined);
  const candidates = keywordHits.length > 0 ? keywordHits : hits;
  const matched = terms.length === 0 ? 0 : Math.max(0, ...candidates.map((hit) => coverage(terms, hit.text)));
  const similarity = bestSimilarity(hits);
  return {
    hits: hits.length,
    terms: terms.length,
    matched,
    ...(similarity === undefined ? {} : { similarity }),
  };
}

/** The decision from the features: cosine similarity decides when any hit has one, else keyword coverage. */
export function judgeRelevance(features: GateFeatures, thresholds: RelevanceThresholds): RelevanceVerdict {
  if (features.hits === 0) return { relevant: false, reason: "no matching passages" };
  if (features.similarity !== undefined) {
    const shown = `${features.similarity.toFixed(3)} (minimum ${thresholds.minSimilarity})`;
    return features.similarity >= thresholds.minSimilarity
      ? { relevant: true, reason: `best similarity ${shown}` }
      : { relevant: false, reason: `best similarity too low: ${shown}` };
  }
  if (features.terms === 0) return { relevant: false, reason: "the question has no searchable words" };
  const required = requiredMatches(features.terms, thresholds.minKeywordCoverage ?? DEFAULT_KEYWORD_COVERAGE);
  const shown = `${features.matched} of ${features.terms} query terms (need ${required})`;
  return features.matched >= required
    ? { relevant: true, reason: `best keyword hit contains ${shown}` }
    : { relevant: false, reason: `best keyword hit contains only ${shown}` };
}

/**
 * Decides whether the hits can support an answer, so the model is never asked to
 * answer from unrelated text. Thresholds calibrated with `npm run eval -- --calibrate`.
 */
export function assessRelevance(
  query: string,
  hits: readonly SearchHit[],
  thresholds: RelevanceThresholds,
): RelevanceVerdict {
  return judgeRelevance(gateFeatures(query, hits), thresholds);
}
