import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { seedAccount } from "../../tests/support/accounts";
import { handbookPages } from "../../tests/support/handbook";
import { makePdf } from "../../tests/support/make-pdf";
import { type QuireServer, startQuireServer } from "../../tests/support/start-quire-server";
import { makeTempDir } from "../../tests/support/temp-dir";
import { benchmarkPdfs } from "../support/benchmark-pdfs";
import { type FakeOllamaProcess, startFakeOllamaProcess } from "./fake-ollama-process";

export interface ServedQuire {
  url: string;
  /** Headers that authenticate a request as the benchmark's admin (an API token with scope admin). */
  authHeaders: Record<string, string>;
  fakeOllamaUrl: string;
  dataDir: string;
  documents: number;
  server: QuireServer;
  close: () => Promise<void>;
}

/** The handbook (its facts pass the relevance gate, so asks reach the model) plus a few real protocols. */
const CLINICAL_PDFS = 4;
const READY_TIMEOUT_MS = 300_000;

interface DocumentSummary {
  status: string;
}

async function uploadCorpus(url: string, auth: Record<string, string>, cacheDir: string): Promise<number> {
  const form = new FormData();
  const handbook = await makePdf(handbookPages(), { title: "Clinic handbook" });
  form.append("file", new Blob([Buffer.from(handbook)], { type: "application/pdf" }), "clinic-handbook.pdf");
  for (const pdf of await benchmarkPdfs(CLINICAL_PDFS, cacheDir)) {
    form.append("file", new Blob([await readFile(pdf.file)], { type: "application/pdf" }), pdf.name);
  }
  const response = await fetch(`${url}/api/documents`, { method: "POST", body: form, headers: auth });
  if (response.status !== 202)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return CLINICAL_PDFS + 1;
}

async function waitUntilSettled(url: string, auth: Record<string, string>, expected: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const listed = (await (await fetch(`${url}/api/documents`, { headers: auth })).json()) as {
      documents?: DocumentSummary[];
    };
    const documents = listed.documents ?? [];
    const settled = documents.filter(
      (document) => document.status === "ready" || document.status === "failed",
    );
    if (documents.length >= expected && settled.length === documents.length) {
      if (!documents.some((document) => document.status === "ready"))
        throw new Error("no document became ready");
      return;
    }
    await sleep(500);
  }
  throw new Error(`documents not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * A production Quire started like a user does (`npm start`'s launcher, building first
 * when the build is stale) against a fake Ollama in its own process, with a small corpus
 * uploaded over HTTP and ingested by the real worker.
 */
export async function startServedQuire(
  cacheDir: string,
  log: (message: string) => void,
): Promise<ServedQuire> {
  const temp = makeTempDir("quire-bench-");
  let fake: FakeOllamaProcess | null = null;
  let server: QuireServer | null = null;
  const close = async () => {
    await server?.stop();
    await fake?.stop();
    temp.remove();
  };
  try {
    fake = await startFakeOllamaProcess();
    log(
      "starting Quire (npm start's launcher; the first start after a source change builds, which takes minutes)",
    );
    const started = performance.now();
    // Signed in with an API token, as a script would be: requests carry what a real client sends.
    const admin = await seedAccount(temp.dir, { role: "admin", tokenScope: "admin" });
    const authHeaders = { authorization: `Bearer ${admin.token}` };
    server = await startQuireServer({ QUIRE_DATA_DIR: temp.dir, OLLAMA_HOST: fake.url });
    log(`Quire up after ${((performance.now() - started) / 1000).toFixed(0)} s; uploading the corpus`);
    const documents = await uploadCorpus(server.url, authHeaders, cacheDir);
    await waitUntilSettled(server.url, authHeaders, documents);
    return {
      url: server.url,
      authHeaders,
      fakeOllamaUrl: fake.url,
      dataDir: temp.dir,
      documents,
      server,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
