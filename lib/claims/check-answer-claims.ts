import type { Db } from "@/db/client";
import type { ClaimView, SourceView } from "@/lib/answer/answer-events";
import type { SearchHit } from "@/lib/domain/types";
import type { LlmClient } from "@/lib/llm";
import { checkClaims } from "./check-claims";
import type { EvidenceSource } from "./evidence-windows";
import { pageTextReader } from "./page-text-reader";

/** A hit as the answer prompt showed it: with the text of its neighbouring chunks when retrieval added them. */
export type PromptedHit = SearchHit & { context?: { before: string; after: string } };

/**
 * The model also saw the chunks around a hit, so those count as that source's evidence; their
 * words may lie on the page before or after the hit's own.
 */
function evidenceOf(source: SourceView, hit: PromptedHit): EvidenceSource {
  const before = hit.context?.before ?? "";
  const after = hit.context?.after ?? "";
  return {
    n: source.n,
    documentId: hit.documentId,
    pageStart: Math.max(1, hit.pageStart - (before === "" ? 0 : 1)),
    pageEnd: hit.pageEnd + (after === "" ? 0 : 1),
    text: [before, hit.text, after].filter((part) => part.trim() !== "").join("\n\n"),
  };
}

/**
 * The claim check of a finished answer, against the stored text of the sources the model was
 * given (`hits[i]` is source `i + 1`), which is also what the viewer shows. A failure of the
 * check never costs the answer: it is logged and the answer goes out without claims.
 */
export async function checkAnswerClaims(
  services: { db: Db; llm: Pick<LlmClient, "embed"> },
  input: {
    answer: string;
    sources: readonly SourceView[];
    hits: readonly PromptedHit[];
    signal?: AbortSignal;
  },
): Promise<ClaimView[]> {
  try {
    const evidence = input.sources.flatMap((source) => {
      const hit = input.hits[source.n - 1];
      return hit && hit.chunkId === source.chunkId ? [evidenceOf(source, hit)] : [];
    });
    return await checkClaims(
      { llm: services.llm, readPage: pageTextReader(services.db) },
      { answer: input.answer, sources: evidence, signal: input.signal },
    );
  } catch (error) {
    console.error("[quire] claim check failed; the answer is sent without it:", error);
    return [];
  }
}
