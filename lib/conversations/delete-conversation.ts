import type { Db } from "@/db/client";
import { deleteOwnConversation } from "@/db/queries/conversations";
import { conversationNotFound } from "./conversation-not-found";

/** Deletes the person's own conversation with its answers, sources and feedback. */
export function deleteConversation(db: Db, userId: string, conversationId: string): void {
  if (!deleteOwnConversation(db, userId, conversationId)) throw conversationNotFound(conversationId);
}
