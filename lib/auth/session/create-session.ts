import { deleteExpiredSessions, insertSession } from "@/db/queries/sessions";
import type { Services } from "@/lib/runtime/services";
import { hashSecret, randomSecret } from "../secrets";

export interface NewSession {
  /** Goes into the cookie and nowhere else; the database keeps only its hash. */
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export function createSession(
  services: Pick<Services, "db" | "config">,
  userId: string,
  now = new Date(),
): NewSession {
  // Sign-ins are rare, so they are a cheap moment to drop sessions that ran out.
  deleteExpiredSessions(services.db, now);
  const token = randomSecret(32);
  const sessionId = hashSecret(token);
  const expiresAt = new Date(now.getTime() + services.config.sessionIdleMs);
  insertSession(services.db, { id: sessionId, userId, expiresAt, lastSeenAt: now });
  return { token, sessionId, expiresAt };
}
