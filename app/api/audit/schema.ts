import { z } from "zod";
import { parseAuditDate } from "@/lib/audit/parse-audit-date";

const bound = (end: "from" | "to") =>
  z
    .string()
    .trim()
    .transform((text, context) => {
      const parsed = parseAuditDate(text, end);
      if (parsed === null) {
        context.addIssue({ code: "custom", message: "expected YYYY-MM-DD or an ISO timestamp with a zone" });
        return z.NEVER;
      }
      return parsed;
    });

const optionalText = z
  .string()
  .trim()
  .max(200)
  .transform((text) => (text === "" ? undefined : text))
  .optional();

/** GET /api/audit: every filter optional; dates inclusive; newest first. */
export const auditQuerySchema = z.object({
  action: optionalText,
  actor: optionalText,
  target: optionalText,
  from: bound("from").optional(),
  to: bound("to").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;
