import type { SearchHit } from "@/lib/domain/types";
import type { TermCounts } from "./count-term-matches";
import { contentTerms, lightStem, tokenizeWords } from "./query-terms";
import { weightedCoverage } from "./weighted-coverage";

export interface RelevanceVerdict {
  relevant: boolean;
  /** For logs and the abstention message; never shown raw to users. */
  reason: string;
}

export interface RelevanceThresholds {
  /** Cosine similarity the best vector hit must reach (QUIRE_MIN_SIMILARITY). */
  minSimilarity: number;
  /**
   * When no hit has a similarity (QUIRE_MIN_KEYWORD_COVERAGE): the share of the question's
   * content terms, each weighted by its rarity in the readable index, that the best keyword
   * hit must contain. Without term counts, the plain share of terms instead (questions of one
   * or two terms then need them all). Default 0.35 (calibrated on SciFact and NFCorpus train).
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
  /**
   * Most of the question's rarity-weighted term weight any one keyword hit contains (0 to 1);
   * present when the terms were counted in the index (countTermMatches).
   */
  weightedCoverage?: number;
}

export const DEFAULT_KEYWORD_COVERAGE = 0.35;

function bestSimilarity(hits: readonly SearchHit[]): number | undefined {
  const similarities = hits.flatMap((hit) => (hit.similarity === undefined ? [] : [hit.similarity]));
  return similarities.length > 0 ? Math.max(...similarities) : undefined;
}

function containedTerms(queryTerms: readonly string[], text: string): Set<string> {
  const textStems = new Set(tokenizeWords(text).map((token) => lightStem(token.word)));
  return new Set(queryTerms.filter((term) => textStems.has(term)));
}

/** Short queries need every word: "aspirin dosage" answered from a chunk about dosage alone is wrong. */
export function requiredMatches(termCount: number, minCoverage: number): number {
  return termCount <= 2 ? termCount : Math.max(1, Math.ceil(minCoverage * termCount - 1e-9));
}

/**
 * The gate's inputs. Without similarities (keyword mode) the deciding hit is the keyword hit
 * covering most query terms: BM25 can rank a chunk repeating one rare term above a chunk
 * containing them all. `counts` (the terms' document frequencies) adds the weighted coverage.
 */
export function gateFeatures(query: string, hits: readonly SearchHit[], counts?: TermCounts): GateFeatures {
  const terms = contentTerms(query);
  const keywordHits = hits.filter((hit) => hit.keywordRank !== undefined);
  const candidates = keywordHits.length > 0 ? keywordHits : hits;
  const contained = terms.length === 0 ? [] : candidates.map((hit) => containedTerms(terms, hit.text));
  const matched = Math.max(0, ...contained.map((found) => found.size));
  const similarity = bestSimilarity(hits);
  return {
    hits: hits.length,
    terms: terms.length,
    matched,
    ...(similarity === undefined ? {} : { similarity }),
    ...(counts === undefined || terms.length === 0
      ? {}
      : { weightedCoverage: weightedCoverage(terms, contained, counts) }),
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
  const minCoverage = thresholds.minKeywordCoverage ?? DEFAULT_KEYWORD_COVERAGE;
  if (features.weightedCoverage !== undefined) {
    // A hair of tolerance so a share computed as 0.3499999 still meets 0.35.
    const shown = `${features.weightedCoverage.toFixed(2)} of the question's rarity-weighted terms (minimum ${minCoverage})`;
    return features.weightedCoverage >= minCoverage - 1e-9
      ? { relevant: true, reason: `best keyword hit contains ${shown}` }
      : { relevant: false, reason: `best keyword hit contains only ${shown}` };
  }
  const required = requiredMatches(features.terms, minCoverage);
  const shown = `${features.matched} of ${features.terms} query terms (need ${required})`;
  return features.matched >= required
    ? { relevant: true, reason: `best keyword hit contains ${shown}` }
    : { relevant: false, reason: `best keyword hit contains only ${shown}` };
}

/**
 * Decides whether the hits can support an answer, so the model is never asked to
 * answer from unrelated text. Thresholds calibrated with `npm run eval -- --calibrate`.
 * Production passes `counts` (see gatherGateFeatures); without them keyword hits are
 * judged by the plain share of terms.
 */
export function assessRelevance(
  query: string,
  hits: readonly SearchHit[],
  thresholds: RelevanceThresholds,
  counts?: TermCounts,
): RelevanceVerdict {
  return judgeRelevance(gateFeatures(query, hits, counts), thresholds);
}
