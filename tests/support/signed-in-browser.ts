import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama, StartFakeOllamaOptions } from "../fake-ollama/types";
import { seedAccount } from "./accounts";
import { launchChromium } from "./launch-chromium";
import { signInInBrowser } from "./sign-in-browser";
import { type QuireServer, startQuireServer } from "./start-quire-server";
import { makeTempDir } from "./temp-dir";

export interface SignedInBrowser {
  fake: FakeOllama;
  server: QuireServer;
  browser: Browser;
  /** Signed in as an admin created before Quire started. */
  page: Page;
  dataDir: string;
  /** A scratch folder beside the data directory, removed by close(). */
  scratchDir: string;
  close: () => Promise<void>;
}

export interface SignedInBrowserOptions {
  tempPrefix: string;
  fake?: StartFakeOllamaOptions;
  /** Extra environment for Quire, once the fake model host's URL is known. */
  env?: (fake: FakeOllama) => Record<string, string>;
  server?: Parameters<typeof startQuireServer>[1];
  /** Called before the first page load, to listen to the page from its start. */
  watchPage?: (page: Page) => void;
}

/**
 * Quire as a user meets it: `npm start` against the fake model host, with an admin seeded in
 * the data directory and signed in through the real login page of a Debian Chromium.
 */
export async function startSignedInBrowser(options: SignedInBrowserOptions): Promise<SignedInBrowser> {
  const temp = makeTempDir(options.tempPrefix);
  const dataDir = path.join(temp.dir, "data");
  const started: Partial<Omit<SignedInBrowser, "close" | "dataDir" | "scratchDir">> = {};
  const close = async () => {
    await started.browser?.close();
    await started.server?.stop();
    await started.fake?.close();
    temp.remove();
  };
  try {
    const fake = await startFakeOllama(options.fake);
    started.fake = fake;
    const admin = await seedAccount(dataDir, { role: "admin" });
    const env = { QUIRE_DATA_DIR: dataDir, OLLAMA_HOST: fake.url, ...options.env?.(fake) };
    const server = await startQuireServer(env, options.server);
    started.server = server;
    const browser = await launchChromium();
    started.browser = browser;
    const page = await browser.newPage();
    options.watchPage?.(page);
    await signInInBrowser(page, server.url, admin);
    return { fake, server, browser, page, dataDir, scratchDir: temp.dir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
