import type { Db } from "@/db/client";
import {
  getOwnConversation,
  listAnswerSources,
  listCurrentTurnRows,
  listOwnFeedback,
} from "@/db/queries/conversations";
import { getDocumentsByIds } from "@/db/queries/documents";
import type { AnswerFeedbackRow, AnswerRow, AnswerSourceRow } from "@/db/schema";
import { type ReadScope, scopeIncludes } from "@/lib/access/read-scope";
import type { ClaimView, SourceView } from "@/lib/answer/answer-events";
import type { ConversationView, TurnView } from "./conversation-view";

export const UNAVAILABLE_SOURCE_TITLE = "Source no longer available";

function unavailableSource(n: number): SourceView {
  return {
    n,
    chunkId: "",
    documentId: "",
    title: UNAVAILABLE_SOURCE_TITLE,
    pageStart: 0,
    pageEnd: 0,
    ocr: false,
    snippet: "",
    unavailable: true,
  };
}

function toSource(row: AnswerSourceRow): SourceView {
  const passage =
    row.passagePage !== null && row.passageStart !== null && row.passageEnd !== null
      ? { passage: { page: row.passagePage, start: row.passageStart, end: row.passageEnd } }
      : {};
  return {
    n: row.n,
    chunkId: row.chunkId,
    documentId: row.documentId,
    title: row.title,
    pageStart: row.pageStart,
    pageEnd: row.pageEnd,
    ...(row.pageLabel === null ? {} : { pageLabel: row.pageLabel }),
    ocr: row.ocr,
    snippet: row.snippet,
    ...passage,
  };
}

function toTurn(
  row: AnswerRow,
  sources: AnswerSourceRow[],
  feedback: AnswerFeedbackRow | undefined,
  readable: (documentId: string) => boolean,
): TurnView {
  const claims: ClaimView[] = (row.claims ?? []).map(({ span, ...claim }) =>
    // A span names a document and where in it: kept only while the reader may still see it.
    span !== undefined && readable(span.documentId) ? { ...claim, span } : claim,
  );
  return {
    answerId: row.id,
    question: row.question,
    searchQuery: row.searchQuery,
    answer: row.answer,
    status: row.status,
    abstained: row.abstained,
    mode: row.retrievalMode,
    model: { name: row.modelName, digest: row.modelDigest },
    createdAt: row.createdAt.toISOString(),
    sources: sources.map((source) =>
      readable(source.documentId) ? toSource(source) : unavailableSource(source.n),
    ),
    cited: sources.filter((source) => source.cited).map((source) => source.n),
    claims,
    feedback: feedback
      ? { rating: feedback.rating, reason: feedback.reason, comment: feedback.comment }
      : null,
  };
}

/**
 * A conversation as its owner sees it now, or undefined when it is not theirs (admins included).
 * Sources are checked against today's access, not the access at the time of asking: a document
 * since deleted or moved out of reach is listed as a placeholder that reveals nothing of it.
 */
export function readConversation(
  db: Db,
  scope: ReadScope,
  userId: string,
  conversationId: string,
): ConversationView | undefined {
  const conversation = getOwnConversation(db, userId, conversationId);
  if (!conversation) return undefined;
  const rows = listCurrentTurnRows(db, conversation.id);
  const answerIds = rows.map((row) => row.id);
  const sources = listAnswerSources(db, answerIds);
  const feedback = new Map(listOwnFeedback(db, userId, answerIds).map((row) => [row.answerId, row]));
  const documentIds = [...new Set(sources.map((source) => source.documentId))];
  const visible = new Set(
    getDocumentsByIds(db, documentIds)
      .filter((document) => scopeIncludes(scope, document.collectionId))
      .map((document) => document.id),
  );
  const readable = (documentId: string) => visible.has(documentId);
  return {
    id: conversation.id,
    title: conversation.title,
    createdAt: conversation.createdAt.toISOString(),
    updatedAt: conversation.updatedAt.toISOString(),
    turns: rows.map((row) =>
      toTurn(
        row,
        sources.filter((source) => source.answerId === row.id),
        feedback.get(row.id),
        readable,
      ),
    ),
  };
}
