import { type AuditFilter, listAuditRows } from "@/db/queries/audit-events";
import type { Services } from "@/lib/runtime/services";

export interface AuditEventView {
  id: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  prevHash: string;
  hash: string;
}

/** A page of the trail for the admin page, newest first, details parsed for display. */
export function listAuditEvents(
  services: Pick<Services, "db">,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): { events: AuditEventView[]; total: number } {
  const { rows, total } = listAuditRows(services.db, filter, page);
  const events = rows.map((row) => ({
    ...row,
    at: new Date(row.at).toISOString(),
    details: row.details === null ? null : (JSON.parse(row.details) as unknown),
  }));
  return { events, total };
}
