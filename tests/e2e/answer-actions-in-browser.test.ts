import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HANDBOOK_FACT_PAGE, HANDBOOK_QUESTION } from "../support/handbook";
import { askInBrowser, uploadHandbookInBrowser } from "../support/handbook-in-browser";
import { embeddedTrueTypeFonts, readPdfPages } from "../support/read-pdf-text";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";

const ARTIFACTS = path.resolve("test-artifacts");
const COMMENT = "The cycle time changed in the spring revision.";

let stack: SignedInBrowser;
let server: QuireServer;
let page: Page;

beforeAll(async () => {
  stack = await startSignedInBrowser({
    tempPrefix: "quire-e2e-actions-",
    fake: { knobs: { tokenDelayMs: 5 } },
  });
  ({ server, page } = stack);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
});

afterAll(async () => {
  await stack?.close();
});

describe("answer actions in the browser", () => {
  it("copies the finished answer followed by its cited sources", async () => {
    await uploadHandbookInBrowser(page, server.url);

    await askInBrowser(page, server.url);
    await page.locator('[data-testid="answer"][data-state="done"]').waitFor({ timeout: 30_000 });
    const answer = ((await page.getByTestId("answer").first().textContent()) ?? "").trim();

    await page.getByTestId("copy-answer").first().click();
    await page.getByTestId("copy-status").filter({ hasText: "Copied" }).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("134 degrees");
    expect(copied).toMatch(
      new RegExp(`\\n\\nSources:\\n\\[\\d+\\] clinic-handbook, page ${HANDBOOK_FACT_PAGE}`),
    );
    expect(answer).toContain("134 degrees");
  });

  it("offers the text to select by hand when the clipboard is refused", async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, "writeText", {
        configurable: true,
        value: () => Promise.reject(new DOMException("denied", "NotAllowedError")),
      });
    });
    await page.getByTestId("copy-answer").first().click();
    const fallback = page.getByTestId("copy-fallback").first();
    await fallback.waitFor();
    expect(await fallback.inputValue()).toContain(`clinic-handbook, page ${HANDBOOK_FACT_PAGE}`);
  });

  it("rates the answer down with a reason and comment, which the admin page lists", async () => {
    const down = page.getByTestId("feedback-down").first();
    expect(await down.getAttribute("aria-pressed")).toBe("false");
    await down.click();
    await page.getByLabel("Not supported by the sources").check();
    await page.getByLabel("Comment (optional)").fill(COMMENT);
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.locator('[data-testid="feedback-down"][aria-pressed="true"]').first().waitFor();
    expect(await page.getByTestId("feedback-up").first().getAttribute("aria-pressed")).toBe("false");
    await page.screenshot({ path: path.join(ARTIFACTS, "answer-actions.png"), fullPage: true });

    await page.getByRole("link", { name: "Feedback" }).click();
    const table = page.getByTestId("feedback-table");
    await table.waitFor();
    const row = table.locator("tbody tr").first();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(HANDBOOK_QUESTION);
    expect(text).toContain("Not supported by the sources");
    expect(text).toContain(COMMENT);
    expect(text).toContain("Not helpful");
    await page.screenshot({ path: path.join(ARTIFACTS, "admin-feedback.png"), fullPage: true });
  });

  it("exports the conversation from the running server as Markdown and as a PDF with embedded fonts", async () => {
    const result = await page.evaluate(async () => {
      const list = (await (await fetch("/api/conversations")).json()) as {
        conversations?: Array<{ id: string }>;
      };
      const id = list.conversations?.[0]?.id ?? "";
      const md = await fetch(`/api/conversations/${id}/export?format=md`);
      const pdf = await fetch(`/api/conversations/${id}/export?format=pdf`);
      const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
      return {
        id,
        mdStatus: md.status,
        mdDisposition: md.headers.get("content-disposition"),
        markdown: await md.text(),
        pdfStatus: pdf.status,
        pdfType: pdf.headers.get("content-type"),
        pdfBytes: Array.from(pdfBytes),
      };
    });
    expect(result.id).not.toBe("");
    expect(result.mdStatus).toBe(200);
    expect(result.mdDisposition).toMatch(/^attachment; filename="quire-[a-z0-9-]+\.md"$/);
    expect(result.markdown).toContain(`## 1. ${HANDBOOK_QUESTION}`);
    expect(result.markdown).toContain(`clinic-handbook, page ${HANDBOOK_FACT_PAGE} (cited)`);
    expect(result.pdfStatus).toBe(200);
    expect(result.pdfType).toBe("application/pdf");
    const pdf = new Uint8Array(result.pdfBytes);
    const text = (await readPdfPages(pdf)).pages.join(" ");
    expect(text).toContain(HANDBOOK_QUESTION);
    expect(text).toContain("134 degrees");
    expect(text).toContain(`clinic-handbook, page ${HANDBOOK_FACT_PAGE} (cited)`);
    // The fonts were found and embedded by the built server, not only under the test runner.
    expect(await embeddedTrueTypeFonts(pdf)).toHaveLength(2);

    // The conversation's own page offers both downloads as links.
    await page.goto(`${server.url}/?c=${result.id}`);
    const exports = page.getByRole("navigation", { name: "Export this conversation" });
    for (const [label, extension] of [
      ["Markdown", "md"],
      ["PDF", "pdf"],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        exports.getByRole("link", { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^quire-[a-z0-9-]+\\.${extension}$`));
      expect(await download.failure()).toBeNull();
    }
  });
});
