import { readScopeOf } from "@/lib/access/read-scope";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { conversationNotFound } from "@/lib/conversations/conversation-not-found";
import { deleteConversation } from "@/lib/conversations/delete-conversation";
import { readConversation } from "@/lib/conversations/read-conversation";
import { renameConversation } from "@/lib/conversations/rename-conversation";
import { handleRoute } from "@/lib/http/handle-route";
import { conversationIdParamsSchema } from "../schema";
import { renameConversationBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/** Owner only: another user's conversation, even for an admin, answers 404 like an unknown id. */
export const GET = handleRoute(
  { scope: "read", params: conversationIdParamsSchema },
  ({ services, params, principal }) => {
    const view = readConversation(services.db, readScopeOf(principal), principal.userId, params.id);
    if (!view) throw conversationNotFound(params.id);
    return Response.json(view, { headers: { "cache-control": "no-store" } });
  },
);

export const PATCH = handleRoute(
  { scope: "read", params: conversationIdParamsSchema, body: renameConversationBodySchema },
  ({ services, params, body, principal }) => {
    renameConversation(services.db, principal.userId, params.id, body.title);
    // The title is the person's own text, possibly with personal data: the trail keeps only its length.
    appendAuditEvent(services, {
      action: "conversation.rename",
      actor: userActor(principal),
      target: { type: "conversation", id: params.id },
      details: { titleLength: body.title.length },
    });
    return Response.json({ id: params.id, title: body.title });
  },
);

export const DELETE = handleRoute(
  { scope: "read", params: conversationIdParamsSchema },
  ({ services, params, principal }) => {
    deleteConversation(services.db, principal.userId, params.id);
    appendAuditEvent(services, {
      action: "conversation.delete",
      actor: userActor(principal),
      target: { type: "conversation", id: params.id },
    });
    return new Response(null, { status: 204 });
  },
);
