import type { Page } from "playwright-core";
import { HANDBOOK_QUESTION, handbookPages } from "./handbook";
import { makePdf } from "./make-pdf";

/** Uploads the clinic handbook from the Documents page and waits until it is ready. */
export async function uploadHandbookInBrowser(
  page: Page,
  serverUrl: string,
  options: { readyTimeoutMs?: number } = {},
): Promise<void> {
  await page.goto(`${serverUrl}/documents`);
  const pdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
  await page
    .getByTestId("upload-input")
    .setInputFiles({ name: "clinic-handbook.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await page
    .locator('[data-testid="document-row"][data-status="ready"]')
    .waitFor({ timeout: options.readyTimeoutMs ?? 60_000 });
}

/** Opens the Ask page and submits a question (the handbook's by default); does not wait for the answer. */
export async function askInBrowser(
  page: Page,
  serverUrl: string,
  question = HANDBOOK_QUESTION,
): Promise<void> {
  await page.goto(`${serverUrl}/`);
  await page.getByTestId("question-input").fill(question);
  await page.getByTestId("ask-submit").click();
}
