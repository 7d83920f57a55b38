import { z } from "zod";
import { FEEDBACK_REASONS, MAX_FEEDBACK_COMMENT } from "@/lib/feedback/feedback-reasons";

export const answerIdParamsSchema = z.object({
  id: z.uuid("answer id must be a UUID"),
});

/** PUT /api/answers/[id]/feedback: thumbs up or down, with an optional reason from the fixed list. */
export const feedbackBodySchema = z.strictObject({
  rating: z.enum(["up", "down"]),
  reason: z.enum(FEEDBACK_REASONS).optional(),
  comment: z
    .string()
    .max(MAX_FEEDBACK_COMMENT, `comment must be at most ${MAX_FEEDBACK_COMMENT} characters`)
    .optional(),
});
