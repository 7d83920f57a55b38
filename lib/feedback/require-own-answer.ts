import { findAnswerAsker } from "@/db/queries/answer-feedback";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

/**
 * Only the person who asked may rate an answer. Anyone else, admins included, is told the
 * answer does not exist, exactly as for an unknown id, so answer ids reveal nothing.
 */
export function requireOwnAnswer(
  services: Pick<Services, "db">,
  principal: Principal,
  answerId: string,
): void {
  const asker = findAnswerAsker(services.db, answerId);
  if (!asker || asker.userId === null || asker.userId !== principal.userId) {
    throw new AppError("NOT_FOUND", `Answer ${answerId} is not ${principal.email}'s to rate`, {
      userMessage: "Answer not found.",
    });
  }
}
