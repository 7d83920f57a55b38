import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Append-only audit trail. Each row's hash covers its content and the previous row's hash
 * (lib/audit/audit-hash.ts); the chain head lives in settings (`audit_head`), apart from the
 * rows, so removing the newest rows is caught. Triggers refuse UPDATE and DELETE.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Milliseconds since the epoch, as hashed (a plain integer, not a Date, so it round-trips exactly). */
    at: integer("at").notNull(),
    actorId: text("actor_id"),
    /** The actor's e-mail, or "cli", "system", "anonymous". */
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    /** Canonical JSON (canonicalJson), exactly the text that was hashed. */
    details: text("details"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_action_idx").on(t.action),
    index("audit_events_actor_idx").on(t.actorLabel),
    index("audit_events_target_idx").on(t.targetId),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
