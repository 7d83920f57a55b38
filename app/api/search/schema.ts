import { z } from "zod";

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(2000, "q must be at most 2000 characters"),
  k: z.coerce.number().int().min(1).max(100).default(10),
});
