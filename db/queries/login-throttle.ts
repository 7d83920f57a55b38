import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type LoginThrottleRow, loginThrottle } from "../schema";

export function readLoginThrottle(db: Db, key: string): LoginThrottleRow | undefined {
  return db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
}

/**
 * Replaces the key's row with what `next` makes of the current one, in one immediate
 * transaction so concurrent failures (even from other processes) are all counted.
 */
export function updateLoginThrottle(
  db: Db,
  key: string,
  next: (current: LoginThrottleRow | undefined) => Omit<LoginThrottleRow, "key">,
): LoginThrottleRow {
  return db.transaction(
    (tx) => {
      const current = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const row = { key, ...next(current) };
      tx.insert(loginThrottle)
        .values(row)
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: { windowStart: row.windowStart, failures: row.failures },
        })
        .run();
      return row;
    },
    { behavior: "immediate" },
  );
}

export function clearLoginThrottle(db: Db, key: string): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
