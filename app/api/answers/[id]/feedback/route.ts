import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { rateAnswer } from "@/lib/feedback/rate-answer";
import { withdrawRating } from "@/lib/feedback/withdraw-rating";
import { handleRoute } from "@/lib/http/handle-route";
import { answerIdParamsSchema, feedbackBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * The asker rates their own answer; one verdict per person and answer, replaced on each PUT.
 * The trail keeps the rating and reason, not the comment: free text may hold personal data.
 */
export const PUT = handleRoute(
  { scope: "read", params: answerIdParamsSchema, body: feedbackBodySchema },
  ({ services, params, body, principal }) => {
    const feedback = rateAnswer(services, principal, params.id, body);
    appendAuditEvent(services, {
      action: "answer.feedback",
      actor: userActor(principal),
      target: { type: "answer", id: params.id },
      details: { rating: feedback.rating, reason: feedback.reason, commented: feedback.comment !== null },
    });
    return Response.json({ feedback });
  },
);

export const DELETE = handleRoute(
  { scope: "read", params: answerIdParamsSchema },
  ({ services, params, principal }) => {
    withdrawRating(services, principal, params.id);
    appendAuditEvent(services, {
      action: "answer.feedback",
      actor: userActor(principal),
      target: { type: "answer", id: params.id },
      details: { rating: null },
    });
    return new Response(null, { status: 204 });
  },
);
