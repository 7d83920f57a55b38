import { z } from "zod";

/** GET /api/feedback: optionally only one rating; newest first. */
export const feedbackQuerySchema = z.object({
  rating: z.enum(["up", "down"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
