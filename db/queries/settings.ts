import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { settings } from "../schema";

export function getSetting<T>(db: Db, key: string): T | undefined {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row === undefined ? undefined : (row.value as T);
}

export function putSetting(db: Db, key: string, value: unknown): void {
  db.insert(settings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
    .run();
}
