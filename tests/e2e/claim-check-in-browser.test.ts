import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeOllama } from "../fake-ollama/types";
import { askInBrowser, uploadHandbookInBrowser } from "../support/handbook-in-browser";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";

const ARTIFACTS = path.resolve("test-artifacts");
const INVENTED = "Patients should also take 500 mg of vitamin C daily.";

let stack: SignedInBrowser;
let fake: FakeOllama;
let server: QuireServer;
let page: Page;

beforeAll(async () => {
  stack = await startSignedInBrowser({
    tempPrefix: "quire-e2e-claims-",
    fake: { knobs: { tokenDelayMs: 25 } },
  });
  ({ fake, server, page } = stack);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await stack?.close();
});

describe("claim check in the browser", () => {
  it("marks the sentence the model invented, and only that one, once the answer is done", async () => {
    await uploadHandbookInBrowser(page, server.url);

    fake.knobs.appendSentence = INVENTED;
    await askInBrowser(page, server.url);

    // Nothing is marked while the answer streams: the check runs on the finished answer.
    await page.locator('[data-testid="answer"][data-state="streaming"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("claim-unsupported").count()).toBe(0);
    await page.locator('[data-testid="answer"][data-state="done"]').waitFor({ timeout: 30_000 });

    const answer = (await page.getByTestId("answer").textContent()) ?? "";
    expect(answer).toContain("134 degrees Celsius");
    expect(answer).toContain(INVENTED);

    const unsupported = page.getByTestId("claim-unsupported");
    expect(await unsupported.count()).toBe(1);
    const marked = (await unsupported.textContent()) ?? "";
    expect(marked).toContain(INVENTED);
    expect(marked).not.toContain("134 degrees");
    expect(await unsupported.getAttribute("data-support")).toBe("unsupported");
    expect(marked).toContain("Not supported by your documents");
    expect(await page.getByTestId("claim-weak").count()).toBe(0);

    // The grounded sentence keeps its working citation button, outside any mark.
    const citation = page.getByTestId("citation").first();
    expect(await citation.evaluate((element) => element.closest("mark") === null)).toBe(true);

    await expect(page.getByTestId("claim-summary").textContent()).resolves.toBe(
      "1 sentence is not supported by the cited sources.",
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "claim-check.png"), fullPage: true });
    fake.knobs.appendSentence = null;
  });
});
