import type { ClaimSupport } from "@/lib/answer/answer-events";
import type { LexicalMatch } from "./match-lexically";

/*
 * Thresholds, on the share of a claim's content words (after light stemming, framing words
 * such as "according to the documents" left out) found in one passage of one or two sentences:
 *
 * - SUPPORTED_RECALL 0.7: a faithful paraphrase keeps the nouns, verbs and numbers of its
 *   source and changes function words and one or two content words; an invented sentence on the
 *   same topic shares the topic words (often 30-50%) but not the rest.
 * - WEAK_RECALL 0.45: about half the claim is in the passage; the rest may be an embellishment.
 * - NEGATION_PENALTY 0.4: "X is not Y" against "X is Y" shares every word, yet contradicts it;
 *   0.4 takes even a full match below WEAK_RECALL, so a flipped statement is unsupported. A true
 *   paraphrase that moves the negation ("avoid X" for "do not give X") drops a level at worst
 *   and is then shown for a person to check, which is the safe direction.
 *
 * Numbers are exact: a claim whose dose, temperature or duration is not in the passage gets no
 * support from it, whatever its words.
 *
 * A claim with a long content word that no source contains at all (NEW_WORD_MIN_LENGTH letters,
 * e.g. "vitamin" against sources about amoxicillin) brings in something from outside the
 * documents: unless a passage fully supports it, it is unsupported rather than weak, however
 * many of its topic words ("patients", "daily", "500 mg") the sources share.
 *
 * Embedding similarity (claim as a query, passage as a document) is a second opinion for
 * paraphrases that change many words: SUPPORTED_SIMILARITY 0.8 is above what retrieval embedding
 * models (nomic-embed-text, mxbai, e5) give a sentence and an unrelated passage on the same
 * subject (about 0.5-0.7) and below a close paraphrase (0.85+). It can lift a claim by one level
 * only when some of its words are in the passage (SIMILARITY_MIN_RECALL), and never overrides a
 * number or negation mismatch, so a small or odd embedding model cannot make an invention pass.
 */
export const SUPPORTED_RECALL = 0.7;
export const WEAK_RECALL = 0.45;
export const NEGATION_PENALTY = 0.4;
export const SUPPORTED_SIMILARITY = 0.8;
export const SIMILARITY_MIN_RECALL = 0.25;
export const NEW_WORD_MIN_LENGTH = 5;

/** 2: supports the claim, 1: partly, 0: not at all. */
export type SupportLevel = 0 | 1 | 2;

export interface EvidenceScore {
  level: SupportLevel;
  /** Recall after the negation penalty: ranks passages of one level. */
  recall: number;
  similarity: number | null;
}

export function scoreEvidence(
  match: LexicalMatch,
  similarity: number | null,
  claim: { bringsNewWord: boolean } = { bringsNewWord: false },
): EvidenceScore {
  if (!match.quantitiesMatch) return { level: 0, recall: 0, similarity };
  const recall = match.negationMismatch ? match.recall * NEGATION_PENALTY : match.recall;
  const similar = similarity !== null && similarity >= SUPPORTED_SIMILARITY && !match.negationMismatch;
  let level: SupportLevel = 0;
  if (recall >= SUPPORTED_RECALL || (similar && recall >= WEAK_RECALL)) level = 2;
  else if (claim.bringsNewWord) level = 0;
  else if (recall >= WEAK_RECALL || (similar && recall >= SIMILARITY_MIN_RECALL)) level = 1;
  return { level, recall, similarity };
}

/** A scored passage and whether the claim cites the source it comes from. */
export interface Candidate<T> {
  evidence: T;
  score: EvidenceScore;
  cited: boolean;
  /** Sentences in the passage: of two equally good passages the shorter gives the tighter span. */
  sentences: number;
}

function better<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  if (a.score.level !== b.score.level) return a.score.level > b.score.level;
  if (a.score.recall !== b.score.recall) return a.score.recall > b.score.recall;
  const sa = a.score.similarity ?? 0;
  const sb = b.score.similarity ?? 0;
  if (sa !== sb) return sa > sb;
  return a.sentences < b.sentences;
}

function best<T>(candidates: readonly Candidate<T>[]): Candidate<T> | undefined {
  let winner: Candidate<T> | undefined;
  for (const candidate of candidates) if (!winner || better(candidate, winner)) winner = candidate;
  return winner;
}

/**
 * Supported: a passage of a cited source supports the claim. Weak: the support is in a source
 * the sentence does not cite (the evidence returned says which), or a passage supports it only
 * partly (typically a sentence fusing two facts that no single passage states together).
 * Unsupported: no passage of any source gives it even partial support.
 */
export function judgeSupport<T>(candidates: readonly Candidate<T>[]): {
  support: ClaimSupport;
  evidence?: T;
} {
  const cited = best(candidates.filter((candidate) => candidate.cited));
  const any = best(candidates);
  if (cited?.score.level === 2) return { support: "supported", evidence: cited.evidence };
  if (any?.score.level === 2) return { support: "weak", evidence: any.evidence };
  if (cited?.score.level === 1) return { support: "weak", evidence: cited.evidence };
  if (any?.score.level === 1) return { support: "weak", evidence: any.evidence };
  return { support: "unsupported" };
}
