import type { Db } from "@/db/client";
import { listCurrentTurnRows } from "@/db/queries/conversations";
import { AppError } from "@/lib/errors/app-error";
import type { PastTurn } from "./past-turn";

export interface TurnPlan {
  question: string;
  /** The turns before this one, oldest first. */
  history: PastTurn[];
  /** The answer this turn regenerates, if it does. */
  replacesAnswerId?: string;
}

/**
 * What a new turn of a conversation is asked with. A regenerate re-asks the conversation's last
 * turn with the question stored for it and the turns before it as history; any other answer
 * (an earlier turn, another conversation's, unknown) is refused before anything streams.
 */
export function planTurn(
  db: Db,
  conversationId: string,
  request: { question: string; regenerate?: string },
): TurnPlan {
  const rows = listCurrentTurnRows(db, conversationId);
  const turns = rows.map((row) => ({ answerId: row.id, question: row.question, answer: row.answer }));
  if (request.regenerate === undefined) return { question: request.question, history: turns };

  const last = turns.at(-1);
  if (last?.answerId === request.regenerate)
    return { question: last.question, history: turns.slice(0, -1), replacesAnswerId: last.answerId };
  if (turns.some((turn) => turn.answerId === request.regenerate)) {
    throw new AppError("CONFLICT", `Answer ${request.regenerate} is not the last turn of ${conversationId}`, {
      userMessage: "Only the last answer of a conversation can be regenerated.",
    });
  }
  throw new AppError("NOT_FOUND", `Answer ${request.regenerate} is not a turn of ${conversationId}`, {
    userMessage: "Answer not found.",
  });
}
