import { randomUUID } from "node:crypto";
import { closeDatabase, databasePath, openDatabase } from "@/db/client";
import type { UserRow } from "@/db/schema";
import type { Role, Scope } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/session/create-session";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { createUser } from "@/lib/auth/users/create-user";
import { loadConfig } from "@/lib/config";
import type { Services } from "@/lib/runtime/services";
import type { TestIdentity } from "./test-identity";

/** Every test account's password: long enough for the password rules, never used outside tests. */
export const TEST_PASSWORD = "correct horse battery staple";

type AccountServices = Pick<Services, "db" | "config">;

export async function createTestUser(
  services: AccountServices,
  options: { role: Role; email?: string; password?: string },
): Promise<UserRow> {
  return createUser(services, {
    email: options.email ?? `${options.role}-${randomUUID().slice(0, 8)}@example.org`,
    role: options.role,
    password: options.password ?? TEST_PASSWORD,
  });
}

export function sessionIdentity(services: AccountServices, userId: string): TestIdentity {
  return { kind: "session", token: createSession(services, userId).token };
}

export function tokenIdentity(services: AccountServices, user: UserRow, scope: Scope): TestIdentity {
  return { kind: "bearer", token: createApiToken(services, user, { scope }).token };
}

export interface SeededAccount {
  email: string;
  password: string;
  /** An API token of the requested scope, when one was asked for. */
  token: string | null;
}

/**
 * Creates an account in a data directory through Quire's own code, for tests and benchmarks
 * that start Quire as a separate process (the server picks it up from SQLite).
 */
export async function seedAccount(
  dataDir: string,
  options: { role: Role; email?: string; tokenScope?: Scope },
): Promise<SeededAccount> {
  const config = loadConfig({ ...process.env, QUIRE_DATA_DIR: dataDir });
  const db = openDatabase(databasePath(config.dataDir));
  try {
    const user = await createTestUser({ db, config }, { role: options.role, email: options.email });
    const token = options.tokenScope
      ? createApiToken({ db }, user, { scope: options.tokenScope }).token
      : null;
    return { email: user.email, password: TEST_PASSWORD, token };
  } finally {
    closeDatabase(db);
  }
}
