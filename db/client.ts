import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

/**
 * Opens (creating if needed) the SQLite database, applies committed migrations and
 * sets the pragmas Quire relies on: WAL so the web server reads while the worker
 * writes, foreign keys for cascades, and a busy timeout instead of SQLITE_BUSY errors.
 */
export function openDatabase(file: string, options: { migrationsDir?: string } = {}): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: options.migrationsDir ?? MIGRATIONS_DIR });
  return db;
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, "quire.sqlite");
}

/** Cheap liveness probe for health checks. */
export function pingDatabase(db: Db): boolean {
  try {
    db.$client.prepare("SELECT 1").get();
    return true;
  } catch {
    return false;
  }
}

export function closeDatabase(db: Db): void {
  db.$client.close();
}
