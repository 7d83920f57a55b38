import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeOllama } from "../fake-ollama/types";
import { type EgressEvent, forbiddenEgress, readEgressLog } from "../support/egress/egress-policy";
import { watchProcessSockets } from "../support/egress/watch-process-sockets";
import { askInBrowser, uploadHandbookInBrowser } from "../support/handbook-in-browser";
import { type SignedInBrowser, startSignedInBrowser } from "../support/signed-in-browser";
import type { QuireServer } from "../support/start-quire-server";
import { makeTempDir } from "../support/temp-dir";

/**
 * Data sovereignty, proven: the whole flow (sign in, upload, ingest, embed, ask, cite, search,
 * browse) runs while every Node process of Quire records its outgoing connections and host name
 * lookups, a watcher polls the process tree's sockets (native code included), and the browser
 * records every request its pages make. Nothing may go anywhere but loopback and OLLAMA_HOST.
 * The model host listens on this machine's network address when it has one, so "the Ollama
 * host" is a real non-loopback destination that the rule must single out.
 */
const HOOK = path.resolve("tests/support/egress/record-connections.mjs");

function networkAddress(): string {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal);
  return external?.address ?? "127.0.0.1";
}

let stack: SignedInBrowser;
let fake: FakeOllama;
let server: QuireServer;
let page: Page;
let stopWatching: () => Array<{ protocol: string; address: string; port: number; pid: number }>;
const scratch = makeTempDir("quire-egress-log-");
const egressLog = path.join(scratch.dir, "egress.jsonl");
const browserRequests: string[] = [];
/** The strict script policy must not cost a feature: any violation on the way fails the test. */
const policyViolations: string[] = [];

beforeAll(async () => {
  stack = await startSignedInBrowser({
    tempPrefix: "quire-egress-",
    fake: { host: networkAddress() },
    env: () => ({
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${HOOK}`.trim(),
      QUIRE_EGRESS_LOG: egressLog,
    }),
    server: { keepTelemetrySetting: true },
    watchPage: (page) => {
      page.on("request", (request) => browserRequests.push(request.url()));
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
      });
    },
  });
  ({ fake, server, page } = stack);
  stopWatching = watchProcessSockets(server.pid).stop;
});

afterAll(async () => {
  await stack?.close();
  scratch.remove();
});

describe("zero egress", () => {
  it("runs the whole flow without a connection anywhere but loopback and the Ollama host", async () => {
    await uploadHandbookInBrowser(page, server.url, { readyTimeoutMs: 90_000 });

    await askInBrowser(page, server.url);
    await page.locator('[data-testid="answer"][data-state="done"]').waitFor({ timeout: 60_000 });
    await page.getByTestId("citation").first().click();
    // The document viewer draws the cited page with pdf.js: its worker, fonts and the file all
    // come from Quire itself.
    await page.locator('[data-testid="viewer-pdf-page"][data-rendered="true"]').waitFor({ timeout: 30_000 });
    const search = await page.evaluate(async () => (await fetch("/api/search?q=autoclave")).status);
    expect(search).toBe(200);
    await page.goto(`${server.url}/documents`);
    await page.getByTestId("document-row").first().waitFor();

    const peers = stopWatching();
    const events: EgressEvent[] = [
      ...readEgressLog(egressLog),
      ...peers.map((peer) => ({
        pid: peer.pid,
        kind: peer.protocol as EgressEvent["kind"],
        host: peer.address,
        port: peer.port,
      })),
    ];
    // The instruments were live in the server's processes: they saw the calls to the model host.
    const ollama = new URL(fake.url);
    expect(events.some((event) => event.host === ollama.hostname && event.port === Number(ollama.port))).toBe(
      true,
    );
    expect(fake.counters.chatCalls).toBeGreaterThan(0);
    expect(forbiddenEgress(events, fake.url)).toEqual([]);

    const origin = new URL(server.url).origin;
    const foreign = browserRequests.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
    );
    expect(foreign).toEqual([]);
    expect(browserRequests.length).toBeGreaterThan(5);
    expect(policyViolations).toEqual([]);
  });
});
