import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeOllama } from "../fake-ollama/types";
import { HANDBOOK_FACT_PAGE, HANDBOOK_QUESTION, handbookPages } from "../support/handbook";
import { makePdf } from "../support/make-pdf";
import { makeScannedPdf, STERILISATION_SCAN } from "../support/make-scanned-pdf";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";

const ARTIFACTS = path.resolve("test-artifacts");
const SCREENSHOT = path.join(ARTIFACTS, "viewer-highlight.png");

/** Words of the handbook's page-3 fact, each checked against the highlight on the drawn page. */
const CITED_WORDS = ["134", "Celsius", "eighteen"];

const ROTA_MARKDOWN = [
  "# Ward rota",
  "",
  "Night shifts on the surgical wards start at nine in the evening.",
  "",
  "## Weekend cover",
  "",
  "On weekends two senior nurses cover the surgical wards from seven until seven.",
  "",
].join("\n");
const SCAN_QUESTION = "Who signs each load recorded in the autoclave log?";
const ROTA_QUESTION = "How many senior nurses cover the surgical wards on weekends?";

let stack: SignedInBrowser;
let fake: FakeOllama;
let server: QuireServer;
let page: Page;
const policyViolations: string[] = [];
const foreignRequests: string[] = [];

async function ask(question: string): Promise<Locator> {
  await page.getByTestId("question-input").fill(question);
  await page.getByTestId("ask-submit").click();
  const answer = page.getByTestId("answer").last();
  await answer.and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
  return answer;
}

async function openCitation(answer: Locator, n?: number): Promise<Locator> {
  const citation =
    n === undefined
      ? answer.getByTestId("citation").first()
      : answer.locator(`[data-testid="citation"][data-n="${n}"]`).first();
  await citation.click();
  const viewer = page.getByTestId("viewer");
  await viewer.waitFor();
  return viewer;
}

async function closeViewer(): Promise<void> {
  await page.keyboard.press("Escape");
  await page.getByTestId("viewer").waitFor({ state: "detached" });
}

beforeAll(async () => {
  stack = await startSignedInBrowser({
    tempPrefix: "quire-e2e-viewer-",
    watchPage: (watched) => {
      watched.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
      });
      watched.on("request", (request) => {
        const url = new URL(request.url());
        if (
          !["127.0.0.1", "localhost"].includes(url.hostname) &&
          url.protocol !== "data:" &&
          url.protocol !== "blob:"
        ) {
          foreignRequests.push(request.url());
        }
      });
    },
  });
  ({ fake, server, page } = stack);
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  await page.goto(`${server.url}/documents`);
  const pdf = await makePdf(handbookPages(), { title: "Clinic handbook" });
  const scan = await makeScannedPdf([STERILISATION_SCAN]);
  await page.getByTestId("upload-input").setInputFiles([
    { name: "clinic-handbook.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) },
    { name: "ward-rota.md", mimeType: "text/markdown", buffer: Buffer.from(ROTA_MARKDOWN) },
    { name: "autoclave-scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(scan) },
  ]);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="document-row"][data-status="ready"]').length === 3,
    undefined,
    { timeout: 90_000 },
  );
  await page.goto(`${server.url}/`);
});

afterAll(async () => {
  await stack?.close();
});

describe("the document viewer in the browser", () => {
  it("opens a PDF citation at its page with the highlight over the cited words", async () => {
    const answer = await ask(HANDBOOK_QUESTION);
    await expect(answer.textContent()).resolves.toContain("134 degrees");
    const clicked = Date.now();
    const viewer = await openCitation(answer);

    await expect(viewer.getAttribute("aria-modal")).resolves.toBe("true");
    await expect(viewer.getByTestId("viewer-title").textContent()).resolves.toMatch(/clinic-handbook/i);
    const pageIndicator = viewer.getByTestId("viewer-page");
    await expect(pageIndicator.getAttribute("data-page")).resolves.toBe(String(HANDBOOK_FACT_PAGE));
    // "of N" appears once the page's stored text has arrived.
    await expect
      .poll(() => pageIndicator.textContent())
      .toBe(`Page ${HANDBOOK_FACT_PAGE} of ${handbookPages().length}`);
    await expect(viewer.getByTestId("viewer-open-original").getAttribute("href")).resolves.toMatch(
      new RegExp(`/api/documents/[0-9a-f-]+/file#page=${HANDBOOK_FACT_PAGE}$`),
    );

    await viewer
      .locator('[data-testid="viewer-pdf-page"][data-rendered="true"]')
      .waitFor({ timeout: 30_000 });
    await viewer.getByTestId("viewer-highlight").first().waitFor();
    console.log(
      `click on [n] to highlight drawn: ${Date.now() - clicked} ms (first PDF shown: pdf.js loaded too)`,
    );

    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer-canvas"]');
      const context = canvas?.getContext("2d");
      if (!canvas || !context) return { width: 0, inked: 0 };
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let index = 0; index < pixels.length; index += 4) if ((pixels[index] ?? 255) < 128) inked += 1;
      return { width: canvas.width, inked };
    });
    expect(drawn.width).toBeGreaterThan(300);
    expect(drawn.inked).toBeGreaterThan(1000); // the page's text was actually drawn

    const geometry = await page.evaluate((words) => {
      const viewerBox = document.querySelector('[data-testid="viewer"]');
      const highlights = [...(viewerBox?.querySelectorAll('[data-testid="viewer-highlight"]') ?? [])].map(
        (element) => element.getBoundingClientRect(),
      );
      const spans = [...(viewerBox?.querySelectorAll('[data-testid="viewer-text-layer"] span') ?? [])];
      const overlap = (a: DOMRect, b: DOMRect) =>
        Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
        Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      const coverOf = (rect: DOMRect) =>
        highlights.reduce(
          (best, highlight) => Math.max(best, overlap(rect, highlight) / (rect.width * rect.height)),
          0,
        );
      const wordCover = words.map((word) => {
        const span = spans.find((candidate) => candidate.textContent?.includes(word));
        const text = span?.firstChild;
        if (!span || !(text instanceof Text)) return { word, found: false, cover: 0 };
        const range = document.createRange();
        const at = text.data.indexOf(word);
        range.setStart(text, at);
        range.setEnd(text, at + word.length);
        return { word, found: true, cover: coverOf(range.getBoundingClientRect()) };
      });
      const heading = spans.find((candidate) => candidate.textContent?.includes("Sterilisation of Surgical"));
      return {
        highlightCount: highlights.length,
        wordCover,
        headingCover: heading ? coverOf(heading.getBoundingClientRect()) : null,
        from: viewerBox?.getAttribute("data-from") ?? null,
      };
    }, CITED_WORDS);

    expect(geometry.highlightCount).toBeGreaterThan(0);
    for (const word of geometry.wordCover) {
      expect(word, `"${word.word}" in the text layer`).toMatchObject({ found: true });
      // The translucent box lies over the word's glyphs, not merely somewhere on the page.
      expect(word.cover, `highlight over "${word.word}"`).toBeGreaterThan(0.8);
    }
    // The claim check's span is the supporting sentence alone: the page heading stays unmarked.
    if (geometry.from === "claim") expect(geometry.headingCover).toBe(0);

    await page.screenshot({ path: SCREENSHOT });
    console.log(`viewer screenshot: ${SCREENSHOT} (highlight from the ${geometry.from ?? "unknown"} span)`);
  });

  it("closes on Escape and gives focus back to the [n] marker", async () => {
    await closeViewer();
    const focused = await page.evaluate(() => ({
      testId: document.activeElement?.getAttribute("data-testid"),
      n: document.activeElement?.getAttribute("data-n"),
    }));
    expect(focused).toEqual({ testId: "citation", n: "1" });
  });

  it("walks through the cited sources with the buttons and the keys", async () => {
    fake.knobs.reply =
      "Autoclave cycles run at 134 degrees Celsius [1]. Visitors enter the wards from ten [2].";
    try {
      const answer = await ask("What do the handbook's autoclave and visiting rules say?");
      const viewer = await openCitation(answer, 1);
      const shown = () => viewer.getByTestId("viewer-citation").getAttribute("data-n");
      await expect(shown()).resolves.toBe("1");
      await expect(viewer.getByTestId("viewer-citation").textContent()).resolves.toContain("citation 1 of 2");

      await viewer.getByTestId("viewer-next").click();
      await expect.poll(shown).toBe("2");
      await viewer.getByTestId("viewer-previous").click();
      await expect.poll(shown).toBe("1");
      await page.keyboard.press("ArrowRight");
      await expect.poll(shown).toBe("2");
      await page.keyboard.press("p");
      await expect.poll(shown).toBe("1");
      // Walking wraps around at the ends.
      await page.keyboard.press("ArrowLeft");
      await expect.poll(shown).toBe("2");

      // Focus stays inside the modal while it is open.
      for (let index = 0; index < 8; index += 1) await page.keyboard.press("Tab");
      const inside = await page.evaluate(() =>
        Boolean(document.activeElement?.closest('[data-testid="viewer"]')),
      );
      expect(inside).toBe(true);
      await closeViewer();
    } finally {
      fake.knobs.reply = null;
    }
  });

  it("highlights a Markdown citation with <mark> in the rendered page", async () => {
    const answer = await ask(ROTA_QUESTION);
    await expect(answer.textContent()).resolves.toContain("two senior nurses");
    const viewer = await openCitation(answer);
    await expect(viewer.getByTestId("viewer-title").textContent()).resolves.toMatch(/ward-rota/i);
    const mark = viewer.locator('mark[data-testid="viewer-highlight"]').first();
    await mark.waitFor();
    const marked = (await viewer.locator('mark[data-testid="viewer-highlight"]').allTextContents()).join(" ");
    expect(marked).toContain("two senior nurses cover the surgical wards");
    await expect(viewer.locator("h3").first().textContent()).resolves.toBe("Ward rota");
    await expect(viewer.getByTestId("viewer-canvas").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "viewer-markdown.png") });
    await closeViewer();
  });

  it("shows a scanned page's image and marks the cited words in its OCR text, saying why", async () => {
    const answer = await ask(SCAN_QUESTION);
    await expect(answer.textContent()).resolves.toMatch(/theatre nurse/i);
    const viewer = await openCitation(answer);
    await expect(viewer.getByTestId("viewer-title").textContent()).resolves.toMatch(/autoclave-scan/i);
    await viewer
      .locator('[data-testid="viewer-pdf-page"][data-rendered="true"]')
      .waitFor({ timeout: 30_000 });
    const notice = viewer.getByTestId("viewer-notice");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/scan read by OCR/);
    const marked = viewer.locator('[data-testid="viewer-stored-text"] mark[data-testid="viewer-highlight"]');
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join(" ")).toMatch(/theatre\s+nurse/i);
    await page.screenshot({ path: path.join(ARTIFACTS, "viewer-ocr-fallback.png") });
    await closeViewer();
  });

  it("needed nothing from outside Quire and broke no Content-Security-Policy rule", () => {
    expect(foreignRequests).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
