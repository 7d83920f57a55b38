import { z } from "zod";

/** GET /api/conversations/[id]/export?format=md|pdf (Markdown when not given). */
export const exportQuerySchema = z.object({
  format: z.enum(["md", "pdf"]).default("md"),
});
