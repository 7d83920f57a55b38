import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type AnswerFeedbackRow, answerFeedback, answers, users } from "../schema";

export type FeedbackRating = AnswerFeedbackRow["rating"];

export interface FeedbackInput {
  answerId: string;
  userId: string;
  rating: FeedbackRating;
  reason: string | null;
  comment: string | null;
}

/** Who asked the question an answer belongs to; null for answers recorded before sign-in existed. */
export function findAnswerAsker(db: Db, answerId: string): { userId: string | null } | undefined {
  return db.select({ userId: answers.userId }).from(answers).where(eq(answers.id, answerId)).get();
}

/** One verdict per person and answer: a second rating replaces the first, keeping when it was first given. */
export function upsertAnswerFeedback(
  db: Db,
  input: FeedbackInput,
  now: Date = new Date(),
): AnswerFeedbackRow {
  const { rating, reason, comment } = input;
  return db
    .insert(answerFeedback)
    .values({ ...input, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [answerFeedback.answerId, answerFeedback.userId],
      set: { rating, reason, comment, updatedAt: now },
    })
    .returning()
    .get();
}

export function deleteAnswerFeedback(db: Db, answerId: string, userId: string): boolean {
  const removed = db
    .delete(answerFeedback)
    .where(and(eq(answerFeedback.answerId, answerId), eq(answerFeedback.userId, userId)))
    .run();
  return removed.changes > 0;
}

export function getAnswerFeedback(db: Db, answerId: string, userId: string): AnswerFeedbackRow | undefined {
  return db
    .select()
    .from(answerFeedback)
    .where(and(eq(answerFeedback.answerId, answerId), eq(answerFeedback.userId, userId)))
    .get();
}

/** A verdict with what it judged and who gave it, for the admins' review list. */
export interface FeedbackListRow extends AnswerFeedbackRow {
  question: string;
  answer: string;
  answerStatus: string;
  abstained: boolean;
  modelName: string;
  modelDigest: string | null;
  answeredAt: Date;
  userEmail: string;
}

/** One page of verdicts, most recently given or changed first, with the total for paging. */
export function listAnswerFeedback(
  db: Db,
  filter: { rating?: FeedbackRating },
  page: { limit: number; offset: number },
): { rows: FeedbackListRow[]; total: number } {
  const where: SQL | undefined = filter.rating ? eq(answerFeedback.rating, filter.rating) : undefined;
  const rows = db
    .select({
      answerId: answerFeedback.answerId,
      userId: answerFeedback.userId,
      rating: answerFeedback.rating,
      reason: answerFeedback.reason,
      comment: answerFeedback.comment,
      createdAt: answerFeedback.createdAt,
      updatedAt: answerFeedback.updatedAt,
      question: answers.question,
      answer: answers.answer,
      answerStatus: answers.status,
      abstained: answers.abstained,
      modelName: answers.modelName,
      modelDigest: answers.modelDigest,
      answeredAt: answers.createdAt,
      userEmail: users.email,
    })
    .from(answerFeedback)
    .innerJoin(answers, eq(answers.id, answerFeedback.answerId))
    .innerJoin(users, eq(users.id, answerFeedback.userId))
    .where(where)
    .orderBy(desc(answerFeedback.updatedAt), desc(answerFeedback.answerId))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(answerFeedback).where(where).get()?.n ?? 0;
  return { rows, total };
}
