import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";

const ARTIFACTS = path.resolve("test-artifacts");
const FOLDER_FILES = 300;

let stack: SignedInBrowser;
let server: QuireServer;
let page: Page;

beforeAll(async () => {
  stack = await startSignedInBrowser({ tempPrefix: "quire-e2e-import-" });
  ({ server, page } = stack);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await stack?.close();
});

describe("importing from the documents page", () => {
  it("expands a dropped-in .zip into one batch and follows it to the end", async () => {
    await page.goto(`${server.url}/documents`);
    const archive = zipSync({
      "kit/guide.md": strToU8("# Guide\n\nThe guide covers lanterns and lamps.\n"),
      "kit/parts/list.txt": strToU8("Parts: wick, glass, oil reservoir.\n"),
      "kit/.DS_Store": strToU8("junk"),
    });
    await page
      .getByTestId("upload-input")
      .setInputFiles({ name: "kit.zip", mimeType: "application/zip", buffer: Buffer.from(archive) });
    const row = page.locator('[data-testid="import-item"][data-status="finished"]');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.getByTestId("import-detail").textContent()).toBe("2 ready · 0 failed · 1 skipped");
    // The library lists what the import stored (after a reload: the table refreshes itself only
    // when the page passes UploadZone an onImported callback).
    await page.reload();
    await page
      .locator('[data-testid="document-row"][data-status="ready"]')
      .nth(1)
      .waitFor({ timeout: 30_000 });
    const titles = await page.locator('[data-testid="document-row"] th').allTextContents();
    expect(titles.join(" ")).toMatch(/guide.*list|list.*guide/s);
  });

  it(`imports a folder of ${FOLDER_FILES} files with live progress and time left`, async () => {
    const folder = path.join(stack.scratchDir, "field-notes");
    for (let index = 1; index <= FOLDER_FILES; index++) {
      const sub = path.join(folder, `week-${index % 10}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(
        path.join(sub, `note-${index}.txt`),
        `Field note ${index} about station ${index % 37}.\n`,
      );
    }
    await page.goto(`${server.url}/documents`);
    await page.getByTestId("upload-folder-input").setInputFiles(folder);

    const row = page.locator('[data-testid="import-item"]', { hasText: "field-notes" });
    await row.locator('[data-testid="import-detail"]', { hasText: /about \d+(s|m \d\ds) left/ }).waitFor({
      timeout: 120_000,
    });
    await page.screenshot({ path: path.join(ARTIFACTS, "import-progress.png"), fullPage: true });
    await page
      .locator('[data-testid="import-item"][data-status="finished"]', { hasText: "field-notes" })
      .waitFor({ timeout: 300_000 });
    expect(await row.getByTestId("import-detail").textContent()).toBe(
      `${FOLDER_FILES} ready · 0 failed · 0 skipped`,
    );

    const batchId = await row.getAttribute("data-batch-id");
    const batch = await page.evaluate(async (id) => (await fetch(`/api/imports/${id}`)).json(), batchId);
    expect(batch).toMatchObject({ label: "field-notes", total: FOLDER_FILES, finished: true });
  });
});
