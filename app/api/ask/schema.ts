import { z } from "zod";

export const askBodySchema = z
  .object({
    question: z
      .string()
      .trim()
      .min(1, "question must not be empty")
      .max(4000, "question must be at most 4000 characters"),
    /** Continue this conversation (the caller's own); without it a new one is started. */
    conversationId: z.uuid("conversationId must be a UUID").optional(),
    /** Re-answer this answer, the conversation's last turn, in its place. */
    regenerate: z.uuid("regenerate must be an answer id").optional(),
  })
  .refine((body) => body.regenerate === undefined || body.conversationId !== undefined, {
    message: "regenerate needs the conversationId of the answer's conversation",
    path: ["conversationId"],
  });
