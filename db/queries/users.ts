import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type UserRole, type UserRow, users } from "../schema";

export function insertUser(
  db: Db,
  row: {
    id: string;
    email: string;
    name: string;
    role: UserRole;
    passwordHash: string | null;
    oidcSubject?: string | null;
  },
): UserRow {
  return db.insert(users).values(row).returning().get();
}

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUserByOidcSubject(db: Db, subject: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.oidcSubject, subject)).get();
}

/** Links an account to a provider subject, only while it has none. Returns whether it linked. */
export function linkOidcSubject(db: Db, userId: string, subject: string): boolean {
  return (
    db
      .update(users)
      .set({ oidcSubject: subject })
      .where(and(eq(users.id, userId), isNull(users.oidcSubject)))
      .run().changes > 0
  );
}
