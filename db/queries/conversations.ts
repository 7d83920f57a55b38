import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  type AnswerFeedbackRow,
  type AnswerRow,
  type AnswerSourceRow,
  answerFeedback,
  answerSources,
  answers,
  type ConversationRow,
  conversations,
} from "../schema";

export function insertConversation(
  db: Db,
  row: { id: string; userId: string; title: string },
): ConversationRow {
  return db.insert(conversations).values(row).returning().get();
}

/** The conversation only if it belongs to `userId`: anyone else's reads exactly like an unknown id. */
export function getOwnConversation(db: Db, userId: string, id: string): ConversationRow | undefined {
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .get();
}

/**
 * A turn is an answer that no later "regenerate" has replaced. A regenerate the person stopped
 * replaces nothing: the answer it was meant to replace stays, and the stopped one is not a turn.
 */
const isCurrentTurn = sql`not exists (select 1 from "answers" as "newer" where "newer"."replaces_answer_id" = "answers"."id" and "newer"."status" <> 'cancelled') and not ("answers"."replaces_answer_id" is not null and "answers"."status" = 'cancelled')`;

export function listOwnConversations(
  db: Db,
  userId: string,
): Array<{ id: string; title: string; updatedAt: Date; turnCount: number }> {
  return db
    .select({
      id: conversations.id,
      title: conversations.title,
      updatedAt: conversations.updatedAt,
      turnCount: sql<number>`(select count(*) from "answers" where "answers"."conversation_id" = "conversations"."id" and ${isCurrentTurn})`,
    })
    .from(conversations)
    .where(eq(conversations.userId, userId))
    .orderBy(desc(conversations.updatedAt), desc(conversations.createdAt))
    .all();
}

export function renameOwnConversation(db: Db, userId: string, id: string, title: string): boolean {
  const result = db
    .update(conversations)
    .set({ title })
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .run();
  return result.changes > 0;
}

/** Answers, their sources and feedback go with it (foreign-key cascades). */
export function deleteOwnConversation(db: Db, userId: string, id: string): boolean {
  const result = db
    .delete(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .run();
  return result.changes > 0;
}

export function touchConversation(db: Db, id: string, at: Date = new Date()): void {
  db.update(conversations).set({ updatedAt: at }).where(eq(conversations.id, id)).run();
}

export function saveConversationSummary(db: Db, id: string, summary: string, summaryTurns: number): void {
  db.update(conversations).set({ summary, summaryTurns }).where(eq(conversations.id, id)).run();
}

/** The conversation's current turns (regenerated answers left out), oldest first. */
export function listCurrentTurnRows(db: Db, conversationId: string): AnswerRow[] {
  return db
    .select()
    .from(answers)
    .where(and(eq(answers.conversationId, conversationId), isCurrentTurn))
    .orderBy(asc(answers.createdAt), asc(sql`"answers"."rowid"`))
    .all();
}

export function listAnswerSources(db: Db, answerIds: string[]): AnswerSourceRow[] {
  if (answerIds.length === 0) return [];
  return db
    .select()
    .from(answerSources)
    .where(inArray(answerSources.answerId, answerIds))
    .orderBy(asc(answerSources.answerId), asc(answerSources.n))
    .all();
}

export function listOwnFeedback(db: Db, userId: string, answerIds: string[]): AnswerFeedbackRow[] {
  if (answerIds.length === 0) return [];
  return db
    .select()
    .from(answerFeedback)
    .where(and(eq(answerFeedback.userId, userId), inArray(answerFeedback.answerId, answerIds)))
    .all();
}
