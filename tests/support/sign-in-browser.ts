import type { Page } from "playwright-core";

/** Signs in through the real login page, as a person would, and waits for the page it leads to. */
export async function signInInBrowser(
  page: Page,
  baseUrl: string,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId("login-email").fill(account.email);
  await page.getByTestId("login-password").fill(account.password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("signed-in-user").waitFor({ timeout: 30_000 });
}
