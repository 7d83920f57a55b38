import { rateAnswer } from "@/lib/feedback/rate-answer";
import { withdrawRating } from "@/lib/feedback/withdraw-rating";
import { handleRoute } from "@/lib/http/handle-route";
import { answerIdParamsSchema, feedbackBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/** The asker rates their own answer; one verdict per person and answer, replaced on each PUT. */
export const PUT = handleRoute(
  { scope: "read", params: answerIdParamsSchema, body: feedbackBodySchema },
  ({ services, params, body, principal }) =>
    Response.json({ feedback: rateAnswer(services, principal, params.id, body) }),
);

export const DELETE = handleRoute(
  { scope: "read", params: answerIdParamsSchema },
  ({ services, params, principal }) => {
    withdrawRating(services, principal, params.id);
    return new Response(null, { status: 204 });
  },
);
