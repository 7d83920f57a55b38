import { z } from "zod";

/** Files per POST request; a larger folder is sent in several requests to the same import. */
export const MAX_FILES_PER_IMPORT_REQUEST = 1000;

export const listImportsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
