import type { Db } from "@/db/client";
import { renameOwnConversation } from "@/db/queries/conversations";
import { conversationNotFound } from "./conversation-not-found";

/** Renames the person's own conversation; anyone else's answers 404 like an unknown id. */
export function renameConversation(db: Db, userId: string, conversationId: string, title: string): void {
  if (!renameOwnConversation(db, userId, conversationId, title)) throw conversationNotFound(conversationId);
}
