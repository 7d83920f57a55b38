import { extendSession, findLiveSession } from "@/db/queries/sessions";
import type { SessionRow, UserRow } from "@/db/schema";
import type { Services } from "@/lib/runtime/services";
import { hashSecret } from "../secrets";

/** Sliding expiry is written at most this often, so every request does not cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The live session behind a cookie token and its enabled user, or null. Each use pushes the
 * expiry to QUIRE_SESSION_HOURS from now: a session ends after that long idle.
 */
export function resolveSession(
  services: Pick<Services, "db" | "config">,
  token: string,
  now = new Date(),
): { session: SessionRow; user: UserRow } | null {
  const found = findLiveSession(services.db, hashSecret(token), now);
  if (!found || found.user.disabledAt !== null) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    const expiresAt = new Date(now.getTime() + services.config.sessionIdleMs);
    extendSession(services.db, found.session.id, now, expiresAt);
    return { ...found, session: { ...found.session, lastSeenAt: now, expiresAt } };
  }
  return found;
}
