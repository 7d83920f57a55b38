import { appendAuditRow } from "@/db/queries/audit-events";
import type { AuditEventRow } from "@/db/schema";
import type { Services } from "@/lib/runtime/services";
import type { AuditEvent } from "./audit-event";
import { auditRowHash, canonicalJson, GENESIS_HASH } from "./audit-hash";

/**
 * Writes one event to the hash-chained trail. Atomic across processes (see appendAuditRow);
 * a failure here propagates, because an action that cannot be audited should not pass silently.
 */
export function appendAuditEvent(
  services: Pick<Services, "db">,
  event: AuditEvent,
  now: Date = new Date(),
): AuditEventRow {
  const row = {
    at: now.getTime(),
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    details: event.details === undefined ? null : canonicalJson(event.details),
  };
  return appendAuditRow(services.db, row, (id, previous) => {
    const prevHash = previous ?? GENESIS_HASH;
    return { prevHash, hash: auditRowHash(prevHash, { ...row, id }) };
  });
}
