import { type FeedbackListRow, listAnswerFeedback } from "@/db/queries/answer-feedback";
import type { Services } from "@/lib/runtime/services";
import type { FeedbackRating } from "./feedback-reasons";

const EXCERPT_CHARS = 400;

/** One verdict as the admins' review page lists it. */
export interface FeedbackEntryView {
  answerId: string;
  rating: FeedbackRating;
  reason: string | null;
  comment: string | null;
  question: string;
  answerExcerpt: string;
  answerStatus: string;
  abstained: boolean;
  model: { name: string; digest: string | null };
  userEmail: string;
  ratedAt: string;
  answeredAt: string;
}

export function excerpt(text: string, limit: number = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function toView(row: FeedbackListRow): FeedbackEntryView {
  return {
    answerId: row.answerId,
    rating: row.rating,
    reason: row.reason,
    comment: row.comment,
    question: row.question,
    answerExcerpt: excerpt(row.answer),
    answerStatus: row.answerStatus,
    abstained: row.abstained,
    model: { name: row.modelName, digest: row.modelDigest },
    userEmail: row.userEmail,
    ratedAt: row.updatedAt.toISOString(),
    answeredAt: row.answeredAt.toISOString(),
  };
}

/** A page of verdicts for admins, most recent first: the question in full, the answer as an excerpt. */
export function listFeedback(
  services: Pick<Services, "db">,
  filter: { rating?: FeedbackRating },
  page: { limit: number; offset: number },
): { entries: FeedbackEntryView[]; total: number } {
  const { rows, total } = listAnswerFeedback(services.db, filter, page);
  return { entries: rows.map(toView), total };
}
