import { upsertAnswerFeedback } from "@/db/queries/answer-feedback";
import type { Principal } from "@/lib/auth/principal";
import type { Services } from "@/lib/runtime/services";
import type { FeedbackRating, FeedbackReason, FeedbackView } from "./feedback-reasons";
import { requireOwnAnswer } from "./require-own-answer";

export interface RatingInput {
  rating: FeedbackRating;
  reason?: FeedbackReason;
  comment?: string;
}

/** Records (or replaces) the asker's verdict on their answer. */
export function rateAnswer(
  services: Pick<Services, "db">,
  principal: Principal,
  answerId: string,
  input: RatingInput,
): FeedbackView {
  requireOwnAnswer(services, principal, answerId);
  const comment = input.comment?.trim() || null;
  const row = upsertAnswerFeedback(services.db, {
    answerId,
    userId: principal.userId,
    rating: input.rating,
    reason: input.reason ?? null,
    comment,
  });
  return {
    answerId,
    rating: row.rating,
    reason: (row.reason as FeedbackReason | null) ?? null,
    comment: row.comment,
    updatedAt: row.updatedAt.toISOString(),
  };
}
