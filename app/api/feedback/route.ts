import { listFeedback } from "@/lib/feedback/list-feedback";
import { handleRoute } from "@/lib/http/handle-route";
import { feedbackQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

/** Every rating given on answers, with the question, an answer excerpt and who gave it. Admins only. */
export const GET = handleRoute({ scope: "admin", query: feedbackQuerySchema }, ({ services, query }) => {
  const { rating, limit, offset } = query;
  return Response.json(
    { ...listFeedback(services, rating ? { rating } : {}, { limit, offset }), limit, offset },
    { headers: { "cache-control": "no-store" } },
  );
});
