import { z } from "zod";

export const updateDocumentBodySchema = z.object({
  effectiveDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "effectiveDate must be a date like 2026-12-01")
    .refine((value) => !Number.isNaN(Date.parse(value)), "effectiveDate must be a real calendar date")
    .nullable(),
});
