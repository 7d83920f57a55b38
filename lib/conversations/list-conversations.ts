import type { Db } from "@/db/client";
import { listOwnConversations } from "@/db/queries/conversations";
import type { ConversationSummary } from "./conversation-view";

/** The person's own conversations, most recent activity first. */
export function listConversations(db: Db, userId: string): ConversationSummary[] {
  return listOwnConversations(db, userId).map((row) => ({
    id: row.id,
    title: row.title,
    updatedAt: row.updatedAt.toISOString(),
    turnCount: row.turnCount,
  }));
}
