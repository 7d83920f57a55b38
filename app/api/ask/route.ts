import { answerQuestion } from "@/lib/answer/answer-question";
import { eventStreamResponse } from "@/lib/http/event-stream";
import { handleRoute } from "@/lib/http/handle-route";
import { askBodySchema } from "./schema";

export const dynamic = "force-dynamic";

export const POST = handleRoute({ scope: "read", body: askBodySchema }, ({ services, body, request }) =>
  eventStreamResponse(
    (signal) => answerQuestion(services, { question: body.question, signal }),
    request.signal,
  ),
);
