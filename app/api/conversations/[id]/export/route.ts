import { readScopeOf } from "@/lib/access/read-scope";
import { conversationNotFound } from "@/lib/conversations/conversation-not-found";
import { readConversation } from "@/lib/conversations/read-conversation";
import { exportConversation } from "@/lib/exports/export-conversation";
import { handleRoute } from "@/lib/http/handle-route";
import { conversationIdParamsSchema } from "../../schema";
import { exportQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * The owner's conversation as a Markdown or PDF download, with the sources as they may read
 * them today. Anyone else, admins included, gets the same 404 as for an unknown id.
 */
export const GET = handleRoute(
  { scope: "read", params: conversationIdParamsSchema, query: exportQuerySchema },
  async ({ services, params, query, principal }) => {
    const view = readConversation(services.db, readScopeOf(principal), principal.userId, params.id);
    if (!view) throw conversationNotFound(params.id);
    const file = await exportConversation(view, query.format);
    return new Response(Buffer.from(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
      },
    });
  },
);
