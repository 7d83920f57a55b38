import { readScopeOf } from "@/lib/access/read-scope";
import { answerQuestion } from "@/lib/answer/answer-question";
import { auditAnswerEvents } from "@/lib/audit/audit-answer-events";
import { userActor } from "@/lib/audit/audit-event";
import { eventStreamResponse } from "@/lib/http/event-stream";
import { handleRoute } from "@/lib/http/handle-route";
import { askBodySchema } from "./schema";

export const dynamic = "force-dynamic";

export const POST = handleRoute(
  { scope: "read", body: askBodySchema },
  ({ services, body, request, principal }) =>
    eventStreamResponse(
      (signal) =>
        auditAnswerEvents(
          services,
          { actor: userActor(principal), question: body.question, fallbackModel: services.config.chatModel },
          answerQuestion(services, readScopeOf(principal), { question: body.question, signal }),
        ),
      request.signal,
    ),
);
