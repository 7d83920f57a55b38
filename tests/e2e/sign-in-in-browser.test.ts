import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_FIRST_ADMIN } from "@/lib/auth/users/first-admin-notice";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { launchChromium } from "../support/launch-chromium";
import { runQuireCli } from "../support/run-quire-cli";
import { type QuireServer, startQuireServer } from "../support/start-quire-server";
import { makeTempDir } from "../support/temp-dir";

const ARTIFACTS = path.resolve("test-artifacts");
const EMAIL = "first.admin@example.org";

let fake: FakeOllama;
let server: QuireServer;
let browser: Browser;
let page: Page;
const temp = makeTempDir("quire-e2e-auth-");
const dataDir = path.join(temp.dir, "data");

beforeAll(async () => {
  fake = await startFakeOllama();
  server = await startQuireServer({ QUIRE_DATA_DIR: dataDir, OLLAMA_HOST: fake.url });
  browser = await launchChromium();
  page = await browser.newPage();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
  temp.remove();
});

const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

describe("signing in", () => {
  let password = "";

  it("starts with no accounts, says how to create the first admin, and the CLI creates it", async () => {
    expect(server.output()).toContain(CREATE_FIRST_ADMIN);
    await page.goto(`${server.url}/`);
    expect(pathOf(page)).toBe("/login");
    await expect(page.getByTestId("no-accounts-notice").textContent()).resolves.toContain(CREATE_FIRST_ADMIN);

    const created = await runQuireCli(["user", "add", "--email", EMAIL, "--role", "admin"], {
      QUIRE_DATA_DIR: dataDir,
    });
    expect(created.code, created.stderr).toBe(0);
    password = created.stdout.trim();
  });

  it("sends a visitor without a session to the sign-in page, keeping where they were going", async () => {
    await page.goto(`${server.url}/documents?filter=failed`);
    expect(pathOf(page)).toBe(`/login?next=${encodeURIComponent("/documents?filter=failed")}`);
    const unauthenticated = await page.evaluate(async () => (await fetch("/api/documents")).status);
    expect(unauthenticated).toBe(401);
  });

  it("shows a clear message for a wrong password", async () => {
    await page.goto(`${server.url}/login`);
    await page.getByTestId("login-email").fill(EMAIL);
    await page.getByTestId("login-password").fill("not the password at all");
    await page.getByTestId("login-submit").click();
    await expect(page.getByTestId("login-error").textContent()).resolves.toBe(
      "The e-mail address or password is not correct.",
    );
    expect(pathOf(page)).toBe("/login");
    await page.screenshot({ path: path.join(ARTIFACTS, "sign-in-error.png"), fullPage: true });
  });

  it("signs in to the Ask page, showing the user's e-mail and role", async () => {
    await page.getByTestId("login-email").fill(EMAIL);
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    const user = page.getByTestId("signed-in-user");
    await user.waitFor({ timeout: 30_000 });
    expect(pathOf(page)).toBe("/");
    await page.getByTestId("question-input").waitFor();
    expect(await user.textContent()).toContain(EMAIL);
    expect(await user.textContent()).toContain("Administrator");
    const cookie = (await page.context().cookies()).find((c) => c.name === "quire_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // The page's own fetches (POST included) carry the cookie and pass the origin check.
    const search = await page.evaluate(async () => (await fetch("/api/search?q=anything")).status);
    expect(search).toBe(200);
    await page.screenshot({ path: path.join(ARTIFACTS, "signed-in.png"), fullPage: true });
  });

  it("signs out back to the sign-in page, and the session no longer opens pages", async () => {
    await page.getByTestId("sign-out").click();
    await page.waitForURL(/\/login$/, { timeout: 30_000 });
    await page.getByTestId("login-email").waitFor();
    await page.goto(`${server.url}/`);
    expect(pathOf(page)).toBe("/login");
  });

  it("returns to the page asked for after signing in", async () => {
    await page.goto(`${server.url}/documents`);
    expect(pathOf(page)).toBe(`/login?next=${encodeURIComponent("/documents")}`);
    await page.getByTestId("login-email").fill(EMAIL);
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("upload-input").waitFor({ state: "attached", timeout: 30_000 });
    expect(pathOf(page)).toBe("/documents");
  });
});
