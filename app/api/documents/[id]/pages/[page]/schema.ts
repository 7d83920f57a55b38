import { z } from "zod";

/** Pages count from 1; the cap only keeps absurd numbers out of SQL. */
export const documentPageParamsSchema = z.object({
  id: z.uuid("document id must be a UUID"),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, "page must be a whole number from 1")
    .transform(Number),
});
