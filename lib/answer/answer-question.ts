import { randomUUID } from "node:crypto";
import { insertAnswer } from "@/db/queries/answers";
import type { ReadScope } from "@/lib/access/read-scope";
import { checkAnswerClaims } from "@/lib/claims/check-answer-claims";
import { sourcePassage } from "@/lib/claims/locate-source-passage";
import { type PageTextReader, pageTextReader } from "@/lib/claims/page-text-reader";
import type { ModelRef, SearchHit } from "@/lib/domain/types";
import { toAppError } from "@/lib/errors/app-error";
import type { ChatMessage } from "@/lib/llm";
import { judgeRelevance } from "@/lib/retrieval/assess-relevance";
import { gatherGateFeatures } from "@/lib/retrieval/gather-gate-features";
import { makeSnippet } from "@/lib/retrieval/make-snippet";
import type { Services } from "@/lib/runtime/services";
import { searchChunks } from "@/lib/search/search-chunks";
import type { AnswerEvent, ClaimView, SourceView } from "./answer-events";
import { buildAnswerPrompt } from "./build-prompt";
import { isDecline } from "./detect-decline";
import { maskForModel } from "./mask-for-model";
import { dropUnknownCitations, parseCitations } from "./parse-citations";
import { resolveChatModel } from "./resolve-chat-model";

type AnswerServices = Pick<Services, "db" | "store" | "llm" | "config">;

/** The conversation an answer belongs to (lib/conversations supplies it for POST /api/ask). */
export interface AnswerThread {
  conversationId: string;
  userId: string;
  /** Set when regenerating: the new answer takes this one's place in the thread. */
  replacesAnswerId?: string;
  /** The earlier turns as prompt messages, fitted into what `committedTokens` leaves of the window. */
  composeHistory?: (committedTokens: number) => Promise<{
    messages: ChatMessage[];
    report: { includedTurns: number; summarisedTurns: number; droppedTurns: number };
  }>;
}

const ABSTAIN_TEXT = "Your documents do not contain the answer to this question.";

function toSourceView(hit: SearchHit, n: number, question: string, readPage: PageTextReader): SourceView {
  return {
    n,
    chunkId: hit.chunkId,
    documentId: hit.documentId,
    title: hit.title,
    pageStart: hit.pageStart,
    pageEnd: hit.pageEnd,
    ...(hit.pageLabel === undefined ? {} : { pageLabel: hit.pageLabel }),
    ocr: hit.ocr,
    snippet: makeSnippet(hit.text, question),
    ...sourcePassage(readPage, hit),
  };
}

/**
 * Retrieves, gates on relevance, streams the model's answer and records it with the
 * exact model digest. Without relevant evidence the model is never called.
 */
export async function* answerQuestion(
  services: AnswerServices,
  scope: ReadScope,
  request: {
    question: string;
    signal?: AbortSignal;
    /** What retrieval searches for when it differs from the question (a rewritten follow-up). */
    searchQuery?: string;
    /** The model's context window for this answer; QUIRE_CONTEXT_SIZE when not given. */
    contextSize?: number;
    thread?: AnswerThread;
  },
): AsyncGenerator<AnswerEvent> {
  const { llm, config } = services;
  const { question, signal, thread } = request;
  const searchQuery = request.searchQuery ?? question;
  const contextSize = request.contextSize ?? config.contextSize;
  // Stored with every answer of this request, however it ends.
  const link = { thread, searchQuery: searchQuery === question ? null : searchQuery };
  // Sources, citations and the nearest passages of an abstention all come from this retrieval.
  const retrieval = await searchChunks(services, scope, {
    query: searchQuery,
    k: config.answerSources,
    signal,
  });
  const relevance = judgeRelevance(
    await gatherGateFeatures(services.store, scope, searchQuery, retrieval.hits),
    { minSimilarity: config.minSimilarity, minKeywordCoverage: config.minKeywordCoverage },
  );
  const answerId = randomUUID();
  const readPage = pageTextReader(services.db);

  if (!relevance.relevant) {
    const nearest = retrieval.hits.slice(0, 3).map((hit, i) => toSourceView(hit, i + 1, question, readPage));
    yield { type: "sources", sources: nearest, mode: retrieval.mode };
    const answer =
      nearest.length > 0 ? `${ABSTAIN_TEXT} The nearest passages found are listed below.` : ABSTAIN_TEXT;
    yield { type: "token", text: answer };
    const model = await resolveChatModel(llm).catch((): ModelRef => ({ name: llm.chatModel, digest: null }));
    saveAnswer(services, {
      ...link,
      answerId,
      question,
      answer,
      abstained: true,
      status: "complete",
      model,
      mode: retrieval.mode,
      sources: nearest,
      cited: [],
    });
    yield { type: "done", answerId, answer, citations: [], abstained: true, model, claims: [] };
    return;
  }

  let forModel: ReturnType<typeof maskForModel>;
  try {
    forModel = maskForModel(services, question, retrieval.hits);
  } catch (error) {
    // Unscanned text must not reach the model (a too-slow MRN pattern): no answer rather than an unmasked one.
    const appError = toAppError(error);
    yield { type: "error", code: appError.code, message: appError.userMessage };
    return;
  }
  let prompt = buildAnswerPrompt({
    question: forModel.question,
    contextSize,
    sources: forModel.hits.map((hit, i) => ({ ...hit, n: i + 1 })),
  });
  const sources = retrieval.hits
    .slice(0, prompt.sources.length)
    .map((hit, i) => toSourceView(hit, i + 1, question, readPage));
  const masked = Object.keys(forModel.counts).length > 0 ? { maskedForModel: { ...forModel.counts } } : {};
  yield { type: "sources", sources, mode: retrieval.mode, ...masked };

  if (thread?.composeHistory) {
    const history = await thread.composeHistory(prompt.tokens);
    // Earlier questions are the person's own words: masked like the question itself.
    const messages = history.messages.map((message) => ({
      ...message,
      content: maskForModel(services, message.content, retrieval.hits).question,
    }));
    prompt = buildAnswerPrompt({
      question: forModel.question,
      contextSize,
      sources: prompt.sources,
      history: messages,
    });
    yield { type: "history", ...history.report };
  }

  let model: ModelRef = { name: llm.chatModel, digest: null };
  let text = "";
  try {
    model = await resolveChatModel(llm);
    const stream = llm.chat(prompt.messages, { signal, numCtx: contextSize, temperature: 0.1 });
    for await (const chunk of stream) {
      text += chunk.text;
      if (chunk.text) yield { type: "token", text: chunk.text };
    }
  } catch (error) {
    const status = signal?.aborted ? "cancelled" : "incomplete";
    if (text !== "" || status === "cancelled") {
      saveAnswer(services, {
        ...link,
        answerId,
        question,
        answer: text,
        abstained: false,
        status,
        model,
        mode: retrieval.mode,
        sources,
        cited: [],
      });
    }
    if (signal?.aborted) return;
    const appError = toAppError(error);
    yield { type: "error", code: appError.code, message: appError.userMessage };
    return;
  }

  const answer = dropUnknownCitations(text.trim(), sources.length);
  const cited = parseCitations(answer, sources.length);
  // A reply that only declines ("the sources do not mention ...") is a decline, not an answer.
  const abstained = isDecline(answer, cited.length);
  const claims = abstained
    ? null
    : await checkAnswerClaims(services, { answer, sources, hits: retrieval.hits, signal });
  saveAnswer(services, {
    ...link,
    answerId,
    question,
    answer,
    abstained,
    status: "complete",
    model,
    mode: retrieval.mode,
    sources,
    cited,
    claims,
  });
  const citations = cited.flatMap((n) => {
    const source = sources[n - 1];
    if (!source) return [];
    const { documentId, pageStart, pageEnd, pageLabel, ocr } = source;
    return [{ n, documentId, pageStart, pageEnd, ...(pageLabel === undefined ? {} : { pageLabel }), ocr }];
  });
  yield { type: "done", answerId, answer, citations, abstained, model, claims: claims ?? [] };
}

function saveAnswer(
  services: AnswerServices,
  record: {
    thread: AnswerThread | undefined;
    searchQuery: string | null;
    answerId: string;
    question: string;
    answer: string;
    abstained: boolean;
    status: "complete" | "incomplete" | "cancelled";
    model: ModelRef;
    mode: "hybrid" | "keyword";
    sources: SourceView[];
    cited: number[];
    /** The claim check's verdicts; absent when none ran. */
    claims?: ClaimView[] | null;
  },
): void {
  insertAnswer(
    services.db,
    {
      id: record.answerId,
      question: record.question,
      answer: record.answer,
      abstained: record.abstained,
      status: record.status,
      retrievalMode: record.mode,
      modelName: record.model.name,
      modelDigest: record.model.digest,
      conversationId: record.thread?.conversationId ?? null,
      userId: record.thread?.userId ?? null,
      searchQuery: record.searchQuery,
      replacesAnswerId: record.thread?.replacesAnswerId ?? null,
      claims: record.claims ?? null,
    },
    record.sources.map((s) => ({
      n: s.n,
      chunkId: s.chunkId,
      documentId: s.documentId,
      title: s.title,
      pageStart: s.pageStart,
      pageEnd: s.pageEnd,
      pageLabel: s.pageLabel ?? null,
      ocr: s.ocr,
      snippet: s.snippet,
      cited: record.cited.includes(s.n),
      passagePage: s.passage?.page ?? null,
      passageStart: s.passage?.start ?? null,
      passageEnd: s.passage?.end ?? null,
    })),
  );
}
