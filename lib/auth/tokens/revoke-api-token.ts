import { findApiToken, revokeApiTokenRow } from "@/db/queries/api-tokens";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

/** Revokes a token by id: every later request with it gets 401. Revoking twice is an error worth reporting. */
export function revokeApiToken(
  services: Pick<Services, "db">,
  id: string,
  now = new Date(),
  actor: AuditActor = SYSTEM_ACTOR,
): void {
  const token = findApiToken(services.db, id);
  if (!token)
    throw new AppError("NOT_FOUND", `Token ${id} not found`, {
      userMessage: `There is no token with id ${id}.`,
    });
  if (!revokeApiTokenRow(services.db, id, now)) {
    throw new AppError("CONFLICT", `Token ${id} already revoked`, {
      userMessage: `Token ${id} was already revoked.`,
    });
  }
  appendAuditEvent(
    services,
    { action: "token.revoke", actor, target: { type: "token", id }, details: { userId: token.userId } },
    now,
  );
}
