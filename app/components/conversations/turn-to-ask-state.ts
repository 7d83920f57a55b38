import type { TurnView } from "@/lib/conversations/conversation-view";
import { type AskState, initialAskState } from "../ask/ask-state";

/** A saved turn as the answer panel shows a finished exchange. */
export function turnToAskState(turn: TurnView, conversationId: string): AskState {
  const cited = new Set(turn.cited);
  return {
    ...initialAskState,
    phase: turn.status === "cancelled" ? "stopped" : "done",
    question: turn.question,
    sources: turn.sources,
    mode: turn.mode,
    answer: turn.answer,
    citations: turn.sources
      .filter((source) => cited.has(source.n) && source.unavailable !== true)
      .map(({ n, documentId, pageStart, pageEnd, pageLabel, ocr }) => ({
        n,
        documentId,
        pageStart,
        pageEnd,
        ...(pageLabel === undefined ? {} : { pageLabel }),
        ocr,
      })),
    abstained: turn.abstained,
    model: turn.model,
    claims: turn.claims,
    answerId: turn.answerId,
    conversationId,
    searchQuery: turn.searchQuery,
    incomplete: turn.status === "incomplete",
    feedback: turn.feedback,
  };
}
