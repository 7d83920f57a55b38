import { z } from "zod";

export const importIdParamsSchema = z.object({
  id: z.uuid("import id must be a UUID"),
});
