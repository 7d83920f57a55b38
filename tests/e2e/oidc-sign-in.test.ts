import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, databasePath, openDatabase } from "@/db/client";
import { groupsOfUser } from "@/db/queries/groups";
import { findUserByOidcSubject } from "@/db/queries/users";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { freePort } from "../support/free-port";
import { launchChromium } from "../support/launch-chromium";
import { runQuireCli } from "../support/run-quire-cli";
import { startOidcProvider, type TestOidcProvider } from "../support/start-oidc-provider";
import { type QuireServer, startQuireServer } from "../support/start-quire-server";
import { makeTempDir } from "../support/temp-dir";

const ARTIFACTS = path.resolve("test-artifacts");
const LOGIN = "ward-nurse";
const EMAIL = "ward.nurse@example.org";

let fake: FakeOllama;
let provider: TestOidcProvider;
let server: QuireServer;
let browser: Browser;
let page: Page;
const temp = makeTempDir("quire-e2e-oidc-");
const dataDir = path.join(temp.dir, "data");

beforeAll(async () => {
  fake = await startFakeOllama();
  const port = await freePort();
  const quireUrl = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider([`${quireUrl}/api/auth/oidc/callback`]);
  provider.accounts.set(LOGIN, {
    email: EMAIL,
    email_verified: true,
    name: "Ward Nurse",
    groups: ["nurses", "staff"],
  });
  server = await startQuireServer({
    PORT: String(port),
    QUIRE_DATA_DIR: dataDir,
    OLLAMA_HOST: fake.url,
    QUIRE_PUBLIC_URL: quireUrl,
    QUIRE_OIDC_ISSUER: provider.issuer,
    QUIRE_OIDC_CLIENT_ID: provider.clientId,
    QUIRE_OIDC_CLIENT_SECRET: provider.clientSecret,
    QUIRE_OIDC_GROUP_MAP: "nurses=ward-staff",
    QUIRE_OIDC_NAME: "Hospital login",
  });
  // A collection only the mapped group may read, so the membership shows in what the user reaches.
  const env = { QUIRE_DATA_DIR: dataDir };
  for (const args of [
    ["collection", "add", "--name", "ward-protocols"],
    ["group", "add", "--name", "ward-staff"],
    ["grant", "--collection", "ward-protocols", "--group", "ward-staff", "--access", "read"],
  ]) {
    const result = await runQuireCli(args, env);
    expect(result.code, result.stderr).toBe(0);
  }
  browser = await launchChromium();
  page = await browser.newPage();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
  await fake?.close();
  temp.remove();
});

describe("single sign-on in the browser", () => {
  it("signs in at the provider and lands on the Ask page as the provider's user, in the mapped group", async () => {
    await page.goto(`${server.url}/`);
    const button = page.getByTestId("oidc-sign-in");
    expect(await button.textContent()).toBe("Sign in with Hospital login");
    await button.click();

    // The provider's own (development) login and consent pages.
    await page.waitForURL((url) => url.origin === provider.issuer, { timeout: 30_000 });
    await page.locator('input[name="login"]').fill(LOGIN);
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: "Continue" }).click({ timeout: 30_000 });

    const user = page.getByTestId("signed-in-user");
    await user.waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByTestId("question-input").waitFor();
    expect(await user.textContent()).toContain(EMAIL);
    await page.screenshot({ path: path.join(ARTIFACTS, "oidc-signed-in.png"), fullPage: true });

    const cookies = await page.context().cookies(server.url);
    expect(cookies.find((c) => c.name === "quire_session")).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
    });
    const me = await page.evaluate(async () => (await fetch("/api/auth/me")).json());
    expect(me).toMatchObject({ user: { email: EMAIL, role: "reader" }, via: "session" });
    expect(
      (me as { collections: { readable: { name: string }[] } }).collections.readable.map((c) => c.name),
    ).toEqual(["ward-protocols"]);

    const db = openDatabase(databasePath(dataDir));
    try {
      const account = findUserByOidcSubject(db, LOGIN);
      expect(account).toMatchObject({ email: EMAIL, passwordHash: null });
      expect(groupsOfUser(db, account?.id ?? "").map((g) => g.name)).toEqual(["ward-staff"]);
    } finally {
      closeDatabase(db);
    }
  });
});
