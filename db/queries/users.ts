import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type UserRole, type UserRow, users } from "../schema";

export function insertUser(
  db: Db,
  row: { id: string; email: string; name: string; role: UserRole; passwordHash: string | null },
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
