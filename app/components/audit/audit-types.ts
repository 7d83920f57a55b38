export interface AuditEventItem {
  id: number;
  at: string;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  hash: string;
}

export interface AuditPage {
  events: AuditEventItem[];
  total: number;
}

export interface AuditVerifyResult {
  intact: boolean;
  events: number;
  head: { id: number; hash: string } | null;
  break: { rowId: number; problem: string } | null;
}

export interface AuditFilters {
  action: string;
  actor: string;
  target: string;
  from: string;
  to: string;
}
