import { z } from "zod";

export const renameConversationBodySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "title must not be empty")
    .max(200, "title must be at most 200 characters")
    .refine((title) => !/\p{Cc}/u.test(title), "title must be one line of text"),
});
