import { randomUUID } from "node:crypto";
import { insertApiToken } from "@/db/queries/api-tokens";
import type { UserRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { ROLE_SCOPE, type Scope, scopeCovers } from "../roles";
import { hashSecret, randomSecret } from "../secrets";
import { TOKEN_PREFIX } from "./token-format";

export interface NewApiToken {
  id: string;
  /** Shown once to whoever created it; only its hash is stored. */
  token: string;
  scope: Scope;
}

/** A token for the user with the given scope, which may not exceed what the user's role allows. */
export function createApiToken(
  services: Pick<Services, "db">,
  user: Pick<UserRow, "id" | "email" | "role">,
  options: { scope: Scope; label?: string },
  actor: AuditActor = SYSTEM_ACTOR,
): NewApiToken {
  if (!scopeCovers(ROLE_SCOPE[user.role], options.scope)) {
    throw new AppError("BAD_REQUEST", `Scope ${options.scope} exceeds role ${user.role}`, {
      userMessage: `${user.email} is ${user.role === "admin" ? "an" : "a"} ${user.role}; its tokens can have scope ${ROLE_SCOPE[user.role]} at most.`,
    });
  }
  const token = `${TOKEN_PREFIX}${randomSecret(32)}`;
  const row = insertApiToken(services.db, {
    id: randomUUID(),
    userId: user.id,
    tokenHash: hashSecret(token),
    scope: options.scope,
    label: options.label ?? "",
  });
  // The token itself never reaches the trail; its id is enough to revoke or trace it.
  appendAuditEvent(services, {
    action: "token.create",
    actor,
    target: { type: "token", id: row.id },
    details: { userId: user.id, scope: row.scope, label: row.label },
  });
  return { id: row.id, token, scope: row.scope };
}
