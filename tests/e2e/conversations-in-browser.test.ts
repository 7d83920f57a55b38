import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploadHandbookInBrowser } from "../support/handbook-in-browser";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";

const ARTIFACTS = path.resolve("test-artifacts");
const FIRST_QUESTION = "When may visitors enter the inpatient wards?";
const FOLLOW_UP = "and who checks the badge?";

let stack: SignedInBrowser;
let server: QuireServer;
let page: Page;

async function ask(question: string): Promise<void> {
  const before = await page.locator('[data-testid="answer"][data-state="done"]').count();
  await page.getByTestId("question-input").fill(question);
  await page.getByTestId("ask-submit").click();
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="answer"][data-state="done"]').length > count,
    before,
    { timeout: 60_000 },
  );
}

function currentConversationId(): string | null {
  return new URL(page.url()).searchParams.get("c");
}

beforeAll(async () => {
  stack = await startSignedInBrowser({ tempPrefix: "quire-e2e-conv-" });
  ({ server, page } = stack);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await uploadHandbookInBrowser(page, server.url);
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

describe("conversations in the browser", () => {
  it("continues a thread with a rewritten follow-up, lists it, and rebuilds it after a reload", async () => {
    await page.goto(`${server.url}/`);
    await ask(FIRST_QUESTION);
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has("c"));
    const id = currentConversationId();
    const current = page.locator('[data-testid="conversation-link"][aria-current="page"]');
    await current.waitFor();
    await expect(current.textContent()).resolves.toBe(FIRST_QUESTION);

    await ask(FOLLOW_UP);
    expect(currentConversationId()).toBe(id);
    await expect(page.getByTestId("answer").count()).resolves.toBe(2);
    const searched = (await page.getByTestId("searched-for").textContent()) ?? "";
    expect(searched).toMatch(/^Searched for: and who checks the badge .*visitors/i);
    await page.screenshot({ path: path.join(ARTIFACTS, "conversation-thread.png"), fullPage: true });

    await page.reload();
    await page.locator('[data-testid="answer"][data-state="done"]').nth(1).waitFor();
    await expect(page.locator(".asked-question").allTextContents()).resolves.toEqual([
      `Question${FIRST_QUESTION}`,
      `Question${FOLLOW_UP}`,
    ]);
    await expect(page.getByTestId("searched-for").count()).resolves.toBe(1);
    await expect(page.getByTestId("regenerate").count()).resolves.toBe(1);
  });

  it("renames in place from the keyboard, starts a new conversation, and deletes after confirming", async () => {
    const id = currentConversationId();
    await page.getByRole("button", { name: `Rename “${FIRST_QUESTION}”` }).focus();
    await page.keyboard.press("Enter");
    const input = page.getByTestId("conversation-rename-input");
    await input.fill("Visiting rules");
    await page.keyboard.press("Enter");
    await page
      .locator('[data-testid="conversation-link"][aria-current="page"]', { hasText: "Visiting rules" })
      .waitFor();

    await page.getByTestId("new-conversation").click();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has("c"));
    await expect(page.getByTestId("answer").count()).resolves.toBe(0);
    await expect(
      page.locator('[data-testid="conversation-link"][aria-current="page"]').count(),
    ).resolves.toBe(0);

    await page.getByRole("link", { name: "Visiting rules" }).click();
    await page.locator('[data-testid="answer"][data-state="done"]').nth(1).waitFor();
    expect(currentConversationId()).toBe(id);

    await page.getByRole("button", { name: "Delete “Visiting rules”" }).click();
    // Escape backs out of the confirm step; nothing is deleted.
    await page.keyboard.press("Escape");
    await expect(page.getByRole("link", { name: "Visiting rules" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Delete “Visiting rules”" }).click();
    await page.getByTestId("conversation-delete-confirm").click();
    await page.getByRole("link", { name: "Visiting rules" }).waitFor({ state: "detached" });
    // The conversation on screen was the one deleted: the page starts afresh.
    await page.getByTestId("answer").first().waitFor({ state: "detached" });
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has("c"));
  });
});
