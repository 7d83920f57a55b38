import { z } from "zod";

export const askBodySchema = z.object({
  question: z
    .string()
    .trim()
    .min(1, "question must not be empty")
    .max(4000, "question must be at most 4000 characters"),
});
