import { listConversations } from "@/lib/conversations/list-conversations";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** The caller's own conversations, most recent activity first. */
export const GET = handleRoute({ scope: "read" }, ({ services, principal }) =>
  Response.json(
    { conversations: listConversations(services.db, principal.userId) },
    { headers: { "cache-control": "no-store" } },
  ),
);
