import type { ClaimView } from "@/lib/answer/answer-events";
import type { LlmClient } from "@/lib/llm";
import { embedSimilarities } from "./embed-similarities";
import { type EvidenceSource, type EvidenceWindow, evidenceWindows } from "./evidence-windows";
import { extractClaims } from "./extract-claims";
import {
  type Candidate,
  judgeSupport,
  NEW_WORD_MIN_LENGTH,
  SIMILARITY_MIN_RECALL,
  SUPPORTED_RECALL,
  scoreEvidence,
} from "./judge-support";
import { locateInPages } from "./locate-in-pages";
import { type LexicalMatch, matchLexically, sameWord } from "./match-lexically";
import type { PageTextReader } from "./page-text-reader";

/** The embedding model gets this long; after it the words alone decide. */
export const CLAIM_EMBED_TIMEOUT_MS = 5_000;
/** Passages embedded per answer at most: the ones where a similarity could change a verdict. */
const MAX_EMBEDDED_PASSAGES = 64;

export interface ClaimCheckDeps {
  llm: Pick<LlmClient, "embed">;
  readPage: PageTextReader;
}

/** A long word of the claim that appears in none of the sources: something from outside them. */
function bringsNewWord(terms: readonly string[], sourceTerms: ReadonlySet<string>): boolean {
  const known = [...sourceTerms];
  return terms.some(
    (term) =>
      term.length >= NEW_WORD_MIN_LENGTH &&
      !/\d/.test(term) &&
      !sourceTerms.has(term) &&
      !known.some((candidate) => sameWord(term, candidate)),
  );
}

/** Only where the words leave the verdict open (some overlap, short of support) can embeddings help. */
function undecided(match: LexicalMatch): boolean {
  return match.quantitiesMatch && match.recall >= SIMILARITY_MIN_RECALL && match.recall < SUPPORTED_RECALL;
}

function passagesToEmbed(matches: readonly LexicalMatch[][], windowCount: number): number[] {
  const bestRecall = new Array<number>(windowCount).fill(-1);
  for (const row of matches)
    row.forEach((match, w) => {
      if (undecided(match)) bestRecall[w] = Math.max(bestRecall[w] ?? -1, match.recall);
    });
  return bestRecall
    .map((recall, w) => ({ recall, w }))
    .filter((entry) => entry.recall >= 0)
    .sort((a, b) => b.recall - a.recall)
    .slice(0, MAX_EMBEDDED_PASSAGES)
    .map((entry) => entry.w);
}

/**
 * Checks each sentence of a finished answer against the passages the model was given: words,
 * numbers and negation first, embedding similarity where the words leave it open, then the
 * supporting passage located in the stored page text. No chat-model call.
 */
export async function checkClaims(
  deps: ClaimCheckDeps,
  input: {
    answer: string;
    sources: readonly EvidenceSource[];
    signal?: AbortSignal;
    embedTimeoutMs?: number;
  },
): Promise<ClaimView[]> {
  const sourceCount = Math.max(0, ...input.sources.map((source) => source.n));
  const claims = extractClaims(input.answer, sourceCount);
  if (claims.length === 0) return [];
  const windows = evidenceWindows(input.sources);
  const matches = claims.map((claim) =>
    windows.map((window) => matchLexically(claim.features, window.features)),
  );

  const embedded = passagesToEmbed(matches, windows.length);
  const similarities = await embedSimilarities(
    deps.llm,
    claims.map((claim) => claim.text),
    embedded.map((w) => windows[w]?.text ?? ""),
    { timeoutMs: input.embedTimeoutMs ?? CLAIM_EMBED_TIMEOUT_MS, signal: input.signal },
  );
  const column = new Map(embedded.map((w, column) => [w, column]));
  const sourceTerms = new Set(windows.flatMap((window) => window.features.terms));

  return claims.map((claim, c) => {
    const novelty = { bringsNewWord: bringsNewWord(claim.features.terms, sourceTerms) };
    const candidates: Candidate<EvidenceWindow>[] = windows.map((window, w) => {
      const at = column.get(w);
      const similarity = at === undefined ? null : (similarities?.[c]?.[at] ?? null);
      const match = matches[c]?.[w] ?? { recall: 0, quantitiesMatch: false, negationMismatch: false };
      return {
        evidence: window,
        score: scoreEvidence(match, similarity, novelty),
        cited: claim.citations.includes(window.source.n),
        sentences: window.sentences,
      };
    });
    const verdict = judgeSupport(candidates);
    const view: ClaimView = { text: claim.text, citations: claim.citations, support: verdict.support };
    if (!verdict.evidence) return view;
    const { source, text } = verdict.evidence;
    const location = locateInPages(deps.readPage, source, text);
    return location ? { ...view, span: { documentId: source.documentId, ...location } } : view;
  });
}
