import { AppError } from "@/lib/errors/app-error";

/** The one refusal for an unknown id and for someone else's conversation, so neither reveals the other. */
export function conversationNotFound(id: string): AppError {
  return new AppError("NOT_FOUND", `Conversation ${id} not found for this user`, {
    userMessage: "Conversation not found.",
  });
}
