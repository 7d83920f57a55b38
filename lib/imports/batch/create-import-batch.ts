import { randomUUID } from "node:crypto";
import { type ImportOrigin, insertImportBatch } from "@/db/queries/imports";
import type { ImportBatchRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import type { Services } from "@/lib/runtime/services";

const MAX_LABEL = 200;

/** Labels are shown in the browser and the terminal, where control characters do harm. */
function withoutControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f]/g, "");
}

/** Opens a batch; `total` is how many files the caller has found (or announced) so far. */
export function createImportBatch(
  services: Pick<Services, "db">,
  input: { label: string; origin: ImportOrigin; total: number; actor?: AuditActor },
): ImportBatchRow {
  const label = withoutControlCharacters(input.label).trim().slice(0, MAX_LABEL) || "Import";
  const batch = insertImportBatch(services.db, {
    id: randomUUID(),
    label,
    origin: input.origin,
    total: input.total,
  });
  appendAuditEvent(services, {
    action: "import.start",
    actor: input.actor ?? SYSTEM_ACTOR,
    target: { type: "import", id: batch.id },
    details: { origin: input.origin, total: input.total },
  });
  return batch;
}
