import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeOllama } from "../fake-ollama/types";
import { HANDBOOK_FACT_PAGE } from "../support/handbook";
import { askInBrowser, uploadHandbookInBrowser } from "../support/handbook-in-browser";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";

const ARTIFACTS = path.resolve("test-artifacts");

let stack: SignedInBrowser;
let fake: FakeOllama;
let server: QuireServer;
let page: Page;

beforeAll(async () => {
  stack = await startSignedInBrowser({ tempPrefix: "quire-e2e-", fake: { knobs: { tokenDelayMs: 25 } } });
  ({ fake, server, page } = stack);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await stack?.close();
});

describe("in the browser", () => {
  it("uploads a PDF, asks, and sees a streamed answer citing the right page", async () => {
    await uploadHandbookInBrowser(page, server.url);
    expect(await page.getByTestId("document-row").first().textContent()).toContain("clinic-handbook");

    await askInBrowser(page, server.url);

    // Streaming: the answer is visibly partial before it is done.
    await page.locator('[data-testid="answer"][data-state="streaming"]').waitFor({ timeout: 30_000 });
    const answer = page.getByTestId("answer");
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="answer"]')?.textContent ?? "").length > 10,
    );
    await page.locator('[data-testid="answer"][data-state="done"]').waitFor({ timeout: 30_000 });
    await expect(answer.textContent()).resolves.toContain("134 degrees");

    // Clicking [n] opens the document viewer at the cited page (tests/e2e/viewer-in-browser.test.ts
    // checks the highlight itself).
    const citation = page.getByTestId("citation").first();
    await citation.click();
    const viewer = page.getByTestId("viewer");
    await viewer.waitFor();
    await expect(viewer.getByTestId("viewer-title").textContent()).resolves.toContain("clinic-handbook");
    await expect(viewer.getByTestId("viewer-page").textContent()).resolves.toMatch(
      new RegExp(`^Page ${HANDBOOK_FACT_PAGE}\\b`),
    );
    const href = await viewer.getByTestId("viewer-open-original").getAttribute("href");
    expect(href).toMatch(new RegExp(`/api/documents/[0-9a-f-]+/file#page=${HANDBOOK_FACT_PAGE}$`));
    await page.screenshot({ path: path.join(ARTIFACTS, "ask-answer.png"), fullPage: true });
  });

  it("shows a banner when the model host is unreachable, and keyword search still answers", async () => {
    await fake.stop();
    await page.goto(`${server.url}/`);
    const banner = page.getByTestId("model-host-banner");
    await banner.waitFor({ timeout: 20_000 });
    await expect(banner.textContent()).resolves.toMatch(/unreachable/i);
    const search = await page.evaluate(async () => (await fetch("/api/search?q=autoclave")).json());
    expect(search).toMatchObject({ mode: "keyword" });
    await page.screenshot({ path: path.join(ARTIFACTS, "model-host-down.png"), fullPage: true });
    await fake.start();
  });
});
