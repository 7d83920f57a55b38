import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type ApiTokenRow, apiTokens, type TokenScope, type UserRow, users } from "../schema";

export function insertApiToken(
  db: Db,
  row: { id: string; userId: string; tokenHash: string; scope: TokenScope; label: string },
): ApiTokenRow {
  return db.insert(apiTokens).values(row).returning().get();
}

/** The token with this hash and its user, unless the token was revoked. */
export function findActiveToken(
  db: Db,
  tokenHash: string,
): { token: ApiTokenRow; user: UserRow } | undefined {
  return db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .get();
}

export function touchApiToken(db: Db, id: string, usedAt: Date): void {
  db.update(apiTokens).set({ lastUsedAt: usedAt }).where(eq(apiTokens.id, id)).run();
}

/** Revokes the token once; returns false when it does not exist or was already revoked. */
export function revokeApiTokenRow(db: Db, id: string, at: Date): boolean {
  return (
    db
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .run().changes > 0
  );
}

export function findApiToken(db: Db, id: string): ApiTokenRow | undefined {
  return db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
}

export function listApiTokensOfUser(db: Db, userId: string): ApiTokenRow[] {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .all();
}
