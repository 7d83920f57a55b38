import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { getOwnConversation, insertConversation } from "@/db/queries/conversations";
import type { ConversationRow } from "@/db/schema";
import { conversationNotFound } from "./conversation-not-found";
import { titleFromQuestion } from "./conversation-title";

/**
 * The conversation a question belongs to: the caller's own one named by `conversationId`, or a new
 * one titled after the question. Someone else's conversation answers exactly like an unknown id.
 */
export function openConversation(
  db: Db,
  userId: string,
  request: { conversationId?: string; question: string },
): ConversationRow {
  if (request.conversationId === undefined)
    return insertConversation(db, { id: randomUUID(), userId, title: titleFromQuestion(request.question) });
  const conversation = getOwnConversation(db, userId, request.conversationId);
  if (!conversation) throw conversationNotFound(request.conversationId);
  return conversation;
}
