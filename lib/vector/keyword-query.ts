import { type FullTextQuery, MatchQuery, Operator } from "@lancedb/lancedb";
import { COLUMN } from "./chunk-table-schema";
import type { KeywordQuery } from "./types";

/** Long pasted passages add little recall past this and make BM25 scoring slow. */
const MAX_TERMS = 64;
/** The FTS index ignores tokens longer than 40 characters. */
const MAX_TERM_LENGTH = 40;
/** Expansion words beyond this add latency, not recall. */
const MAX_EXPANSIONS = 32;

/**
 * A heading match counts a quarter of a text match: enough to lift a chunk that sits
 * under a matching section title, too little for the title alone to outrank text that
 * says it. Tuned on the SciFact and NFCorpus train splits (0.1 to 0.5 all within 0.001
 * nDCG@10; 1.0 cost 0.03 on SciFact).
 */
export const HEADING_BOOST = 0.25;

/** One LanceDB full-text query whose BM25 score is a term of a chunk's keyword score. */
export interface KeywordPart {
  query: FullTextQuery;
  /** Whether a match on this part alone makes a chunk a hit, or only adds to a hit's score. */
  finds: boolean;
}

function words(raw: string): string[] {
  return raw
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0 && term.length <= MAX_TERM_LENGTH);
}

/**
 * Reduces user input to plain words separated by spaces. The query is passed to a
 * MatchQuery (no query-language parsing), so this is defence in depth: no operator,
 * field prefix or quote can reach LanceDB. Returns null when no word is left.
 */
export function toKeywordQuery(raw: string): string | null {
  const terms = words(raw).slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.join(" ") : null;
}

/**
 * The LanceDB queries whose scores add up to a chunk's keyword score. A chunk is found by
 * its text: the words, or the expansion words. A heading containing the words then adds to
 * the score of chunks found, so a chunk under a matching section title ranks higher, but a
 * heading alone never makes a chunk a hit (its text would not show why it matched).
 *
 * Separate plain MatchQueries rather than one BooleanQuery: LanceDB prunes a MatchQuery
 * with block-max WAND but scores every matching row of a BooleanQuery, which made hybrid
 * search 16 times slower at 1M chunks. Expansion words share one query at their mean
 * weight; per-word weights measured no better (NFCorpus train nDCG@10 0.333 either way).
 */
export function toKeywordParts(query: KeywordQuery): KeywordPart[] {
  const terms = toKeywordQuery(query.text);
  if (terms === null) return [];
  // OR ranks partial matches by BM25 instead of requiring every word.
  const parts: KeywordPart[] = [
    { query: new MatchQuery(terms, COLUMN.text, { operator: Operator.Or }), finds: true },
    {
      query: new MatchQuery(terms, COLUMN.headingPath, { operator: Operator.Or, boost: HEADING_BOOST }),
      finds: false,
    },
  ];
  const expansions = (query.expansions ?? []).slice(0, MAX_EXPANSIONS).flatMap((expansion) => {
    const [term] = words(expansion.term);
    return term !== undefined && expansion.weight > 0 ? [{ term, weight: expansion.weight }] : [];
  });
  if (expansions.length > 0) {
    const weight = expansions.reduce((sum, expansion) => sum + expansion.weight, 0) / expansions.length;
    const text = expansions.map((expansion) => expansion.term).join(" ");
    parts.push({
      query: new MatchQuery(text, COLUMN.text, { operator: Operator.Or, boost: weight }),
      finds: true,
    });
  }
  return parts;
}
