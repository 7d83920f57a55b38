import { findActiveToken, touchApiToken } from "@/db/queries/api-tokens";
import type { ApiTokenRow, UserRow } from "@/db/schema";
import type { Services } from "@/lib/runtime/services";
import { hashSecret } from "../secrets";
import { looksLikeApiToken } from "./token-format";

/** last_used_at is for people ("used today?"), so minute precision saves a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

/** The unrevoked token and its enabled user, or null. */
export function resolveApiToken(
  services: Pick<Services, "db">,
  token: string,
  now = new Date(),
): { token: ApiTokenRow; user: UserRow } | null {
  if (!looksLikeApiToken(token)) return null;
  const found = findActiveToken(services.db, hashSecret(token));
  if (!found || found.user.disabledAt !== null) return null;
  const lastUsed = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed >= TOUCH_INTERVAL_MS) touchApiToken(services.db, found.token.id, now);
  return found;
}
