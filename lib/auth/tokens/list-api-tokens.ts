import { listApiTokensOfUser } from "@/db/queries/api-tokens";
import type { Services } from "@/lib/runtime/services";
import type { Scope } from "../roles";

export interface ApiTokenSummary {
  id: string;
  scope: Scope;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A user's tokens, newest first, without anything that could be used to authenticate. */
export function listApiTokens(services: Pick<Services, "db">, userId: string): ApiTokenSummary[] {
  return listApiTokensOfUser(services.db, userId).map((row) => ({
    id: row.id,
    scope: row.scope,
    label: row.label,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  }));
}
