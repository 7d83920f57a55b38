import type { SourceView } from "@/lib/answer/answer-events";
import type { RetrievalMode, SearchHit } from "@/lib/domain/types";
import { makeSnippet } from "@/lib/retrieval/make-snippet";

export interface SearchResponse {
  mode: RetrievalMode;
  notice?: string;
  results: Array<Omit<SourceView, "n"> & { score: number }>;
}

export function presentSearchResults(
  result: { mode: RetrievalMode; hits: SearchHit[]; vectorError?: string },
  query: string,
): SearchResponse {
  return {
    mode: result.mode,
    ...(result.mode === "keyword" && result.vectorError
      ? { notice: "Semantic search is unavailable; showing keyword matches." }
      : {}),
    results: result.hits.map((hit) => ({
      chunkId: hit.chunkId,
      documentId: hit.documentId,
      title: hit.title,
      pageStart: hit.pageStart,
      pageEnd: hit.pageEnd,
      ...(hit.pageLabel === undefined ? {} : { pageLabel: hit.pageLabel }),
      ocr: hit.ocr,
      snippet: makeSnippet(hit.text, query),
      score: hit.score,
    })),
  };
}
