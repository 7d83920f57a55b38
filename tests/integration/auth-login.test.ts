import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { GET as me } from "@/app/api/auth/me/route";
import { databasePath } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { signIn } from "@/lib/auth/login/sign-in";
import { hashSecret } from "@/lib/auth/secrets";
import { createSession } from "@/lib/auth/session/create-session";
import { resolveSession } from "@/lib/auth/session/resolve-session";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { resolveApiToken } from "@/lib/auth/tokens/resolve-api-token";
import { createTestUser, TEST_PASSWORD } from "../support/accounts";
import { type Harness, startHarness } from "../support/quire-harness";
import { requestAs, TEST_ORIGIN, type TestIdentity } from "../support/test-identity";

let harness: Harness;
let ipCounter = 0;

/** Each test signs in from its own address, so the per-IP limit of one test never spills into another. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

function loginRequest(
  body: unknown,
  options: { ip?: string; origin?: string | null; url?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-forwarded-for": options.ip ?? freshIp(),
  };
  if (options.origin !== null) headers.origin = options.origin ?? TEST_ORIGIN;
  return login(
    new Request(options.url ?? `${TEST_ORIGIN}/api/auth/login`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    }),
  );
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

function sessionTokenOf(response: Response): string {
  const cookie = response.headers.get("set-cookie") ?? "";
  const token = /quire_session=([^;]+)/.exec(cookie)?.[1];
  if (!token) throw new Error(`no session cookie in ${JSON.stringify(cookie)}`);
  return token;
}

const asSession = (token: string): TestIdentity => ({ kind: "session", token });

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("POST /api/auth/login", () => {
  it("signs in with e-mail and password and sets an httpOnly, SameSite=Lax session cookie", async () => {
    const user = await createTestUser(harness.services, { role: "editor", email: "Ana.Lima@Example.org" });
    const response = await loginRequest({ email: " ana.lima@EXAMPLE.org ", password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: { id: user.id, email: "ana.lima@example.org", name: "ana.lima", role: "editor" },
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^quire_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);

    const whoami = await me(requestAs(asSession(sessionTokenOf(response)), `${TEST_ORIGIN}/api/auth/me`));
    expect(await whoami.json()).toMatchObject({
      user: { email: "ana.lima@example.org", role: "editor" },
      via: "session",
      scope: "ingest",
    });
  });

  it("marks the cookie Secure when the request came over https", async () => {
    await createTestUser(harness.services, { role: "reader", email: "secure@example.org" });
    const response = await loginRequest(
      { email: "secure@example.org", password: TEST_PASSWORD },
      { url: "https://quire.example.org/api/auth/login", origin: "https://quire.example.org" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("answers a wrong password and an unknown e-mail alike", async () => {
    await createTestUser(harness.services, { role: "reader", email: "bo@example.org" });
    const wrong = await errorOf(
      await loginRequest({ email: "bo@example.org", password: "not the password" }),
    );
    const unknown = await errorOf(
      await loginRequest({ email: "nobody@example.org", password: TEST_PASSWORD }),
    );
    expect(wrong).toEqual({
      status: 401,
      code: "UNAUTHORIZED",
      message: "The e-mail address or password is not correct.",
    });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a sign-in posted from another site", async () => {
    await createTestUser(harness.services, { role: "reader", email: "cross@example.org" });
    const response = await loginRequest(
      { email: "cross@example.org", password: TEST_PASSWORD },
      { origin: "http://evil.example" },
    );
    expect(await errorOf(response)).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const fromScript = await loginRequest(
      { email: "cross@example.org", password: TEST_PASSWORD },
      { origin: null },
    );
    expect(fromScript.status).toBe(200);
  });

  it("rejects a malformed body with 400", async () => {
    expect((await errorOf(await loginRequest({ email: "x@example.org" }))).status).toBe(400);
  });
});

describe("lockout and throttling", () => {
  it("locks an e-mail after five failures, even against the right password, with Retry-After", async () => {
    await createTestUser(harness.services, { role: "editor", email: "locked@example.org" });
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await loginRequest({ email: "locked@example.org", password: `wrong ${attempt}` });
      expect(response.status).toBe(401);
    }
    const fifth = await loginRequest({ email: "locked@example.org", password: "wrong 5" });
    expect(await errorOf(fifth)).toMatchObject({
      status: 429,
      code: "ACCOUNT_LOCKED",
      message: /locked.*15 minutes/,
    });
    expect(fifth.headers.get("retry-after")).toBe("900");

    const right = await loginRequest({ email: "locked@example.org", password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(890);
  });

  it("locks unknown e-mails the same way, so a lock does not reveal which accounts exist", async () => {
    let last: Response | undefined;
    for (let attempt = 1; attempt <= 5; attempt++) {
      last = await loginRequest({ email: "ghost@example.org", password: `guess ${attempt}` });
    }
    expect(last && (await errorOf(last))).toMatchObject({ status: 429, code: "ACCOUNT_LOCKED" });
  });

  it("lifts the lock fifteen minutes after it was set, and a success clears the count", async () => {
    const services = harness.services;
    await createTestUser(services, { role: "reader", email: "patient@example.org" });
    const start = new Date("2030-01-01T09:00:00Z");
    const attempt = (password: string, minutes: number) =>
      signIn(
        services,
        { email: "patient@example.org", password, ip: freshIp() },
        new Date(start.getTime() + minutes * 60_000),
      );
    for (let minute = 0; minute < 5; minute++) await expect(attempt("wrong", minute)).rejects.toThrow();
    await expect(attempt(TEST_PASSWORD, 18)).rejects.toMatchObject({ code: "ACCOUNT_LOCKED" });
    await expect(attempt(TEST_PASSWORD, 19)).resolves.toMatchObject({
      user: { email: "patient@example.org" },
    });
    // The success reset the count: four new failures do not lock.
    for (let minute = 20; minute < 24; minute++)
      await expect(attempt("wrong", minute)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses an address after twenty failures with 429 and Retry-After; other addresses still sign in", async () => {
    await createTestUser(harness.services, { role: "reader", email: "innocent@example.org" });
    const ip = freshIp();
    for (let attempt = 1; attempt <= 20; attempt++) {
      // A different e-mail each time: only the IP limit can trip.
      const response = await loginRequest(
        { email: `guess-${attempt}@example.org`, password: "guess" },
        { ip },
      );
      expect(response.status).toBe(401);
    }
    const refused = await loginRequest({ email: "innocent@example.org", password: TEST_PASSWORD }, { ip });
    expect(await errorOf(refused)).toMatchObject({
      status: 429,
      code: "RATE_LIMITED",
      message: /this address/,
    });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const elsewhere = await loginRequest({ email: "innocent@example.org", password: TEST_PASSWORD });
    expect(elsewhere.status).toBe(200);
  });
});

describe("sessions", () => {
  it("ends on sign-out: the cookie is cleared and no longer works", async () => {
    await createTestUser(harness.services, { role: "reader", email: "leaving@example.org" });
    const token = sessionTokenOf(
      await loginRequest({ email: "leaving@example.org", password: TEST_PASSWORD }),
    );
    const out = await logout(
      requestAs(asSession(token), `${TEST_ORIGIN}/api/auth/logout`, { method: "POST" }),
    );
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^quire_session=; .*Max-Age=0/);
    const after = await me(requestAs(asSession(token), `${TEST_ORIGIN}/api/auth/me`));
    expect(after.status).toBe(401);
  });

  it("cannot be signed out with an API token", async () => {
    const token = createApiToken(harness.services, harness.admin.user, { scope: "read" }).token;
    const response = await logout(
      requestAs({ kind: "bearer", token }, `${TEST_ORIGIN}/api/auth/logout`, { method: "POST" }),
    );
    expect(await errorOf(response)).toMatchObject({ status: 400, message: /token revoke/ });
  });

  it("expire after QUIRE_SESSION_HOURS without use, and each use pushes the expiry on", () => {
    const services = harness.services;
    const idle = services.config.sessionIdleMs;
    expect(idle).toBe(12 * 3_600_000);
    const start = new Date("2030-02-01T08:00:00Z");
    const later = (ms: number) => new Date(start.getTime() + ms);
    const { token } = createSession(services, harness.admin.user.id, start);
    expect(resolveSession(services, token, later(idle - 60_000))).not.toBeNull();
    // Used just before expiry, so it now lasts until 12 hours after that use.
    expect(resolveSession(services, token, later(idle + idle / 2))).not.toBeNull();
    expect(resolveSession(services, token, later(3 * idle))).toBeNull();
  });
});

describe("secrets at rest", () => {
  it("stores passwords as argon2id hashes", async () => {
    await createTestUser(harness.services, { role: "reader", email: "hashed@example.org" });
    const row = findUserByEmail(harness.services.db, "hashed@example.org");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row?.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("stores only hashes of API tokens and session tokens, nowhere the tokens themselves", async () => {
    const services = harness.services;
    const apiToken = createApiToken(services, harness.admin.user, { scope: "ingest", label: "ci" });
    const session = createSession(services, harness.admin.user.id);
    expect(apiToken.token).toMatch(/^qt_[A-Za-z0-9_-]{43}$/);
    const row = services.db.$client
      .prepare("SELECT token_hash, scope, label FROM api_tokens WHERE id = ?")
      .get(apiToken.id) as { token_hash: string; scope: string; label: string };
    expect(row).toEqual({ token_hash: hashSecret(apiToken.token), scope: "ingest", label: "ci" });
    expect(session.sessionId).toBe(hashSecret(session.token));
    services.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const files = [databasePath(harness.dataDir), `${databasePath(harness.dataDir)}-wal`].filter((file) =>
      fs.existsSync(file),
    );
    const stored = files.map((file) => fs.readFileSync(file).toString("latin1")).join("");
    expect(stored).toContain(hashSecret(apiToken.token));
    expect(stored).not.toContain(apiToken.token);
    expect(stored).not.toContain(session.token);
    expect(resolveApiToken(services, apiToken.token)?.user.id).toBe(harness.admin.user.id);
  });
});
