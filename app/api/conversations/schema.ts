import { z } from "zod";

export const conversationIdParamsSchema = z.object({
  id: z.uuid("conversation id must be a UUID"),
});
