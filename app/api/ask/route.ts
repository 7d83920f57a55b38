import { readScopeOf } from "@/lib/access/read-scope";
import { auditAnswerEvents } from "@/lib/audit/audit-answer-events";
import { userActor } from "@/lib/audit/audit-event";
import { askInConversation } from "@/lib/conversations/ask-in-conversation";
import { openConversation } from "@/lib/conversations/open-conversation";
import { planTurn } from "@/lib/conversations/plan-turn";
import { eventStreamResponse } from "@/lib/http/event-stream";
import { handleRoute } from "@/lib/http/handle-route";
import { askBodySchema } from "./schema";

export const dynamic = "force-dynamic";

export const POST = handleRoute(
  { scope: "read", body: askBodySchema },
  ({ services, body, request, principal }) => {
    // Ownership and the regenerate target are checked before streaming, so refusals are plain 404/409s.
    const conversation = openConversation(services.db, principal.userId, body);
    const turn = planTurn(services.db, conversation.id, body);
    const response = eventStreamResponse(
      (signal) =>
        auditAnswerEvents(
          services,
          {
            actor: userActor(principal),
            question: turn.question,
            fallbackModel: services.config.chatModel,
            conversationId: conversation.id,
          },
          askInConversation(services, readScopeOf(principal), {
            conversation,
            userId: principal.userId,
            turn,
            signal,
          }),
        ),
      request.signal,
    );
    response.headers.set("x-conversation-id", conversation.id);
    return response;
  },
);
