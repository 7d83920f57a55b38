import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../client";
import { type SessionRow, sessions, type UserRow, users } from "../schema";

export function insertSession(
  db: Db,
  row: { id: string; userId: string; expiresAt: Date; lastSeenAt: Date },
): SessionRow {
  return db.insert(sessions).values(row).returning().get();
}

/** The session and its user, when the session exists and has not expired at `now`. */
export function findLiveSession(
  db: Db,
  id: string,
  now: Date,
): { session: SessionRow; user: UserRow } | undefined {
  return db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .get();
}

export function extendSession(db: Db, id: string, seenAt: Date, expiresAt: Date): void {
  db.update(sessions).set({ lastSeenAt: seenAt, expiresAt }).where(eq(sessions.id, id)).run();
}

export function deleteSession(db: Db, id: string): boolean {
  return db.delete(sessions).where(eq(sessions.id, id)).run().changes > 0;
}

export function deleteExpiredSessions(db: Db, now: Date): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}
