import { deleteAnswerFeedback } from "@/db/queries/answer-feedback";
import type { Principal } from "@/lib/auth/principal";
import type { Services } from "@/lib/runtime/services";
import { requireOwnAnswer } from "./require-own-answer";

/** Removes the asker's verdict; removing one that was never given is not an error. */
export function withdrawRating(services: Pick<Services, "db">, principal: Principal, answerId: string): void {
  requireOwnAnswer(services, principal, answerId);
  deleteAnswerFeedback(services.db, answerId, principal.userId);
}
