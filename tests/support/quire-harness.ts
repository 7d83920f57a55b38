import { closeDatabase } from "@/db/client";
import { ExtractPool } from "@/ingest/threads/extract-pool";
import { defaultExtractionThreads, runWorker } from "@/ingest/worker";
import { loadConfig } from "@/lib/config";
import { createServices, type Services } from "@/lib/runtime/services";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { makeTempDir } from "./temp-dir";

export interface Harness {
  services: Services;
  fake: FakeOllama;
  dataDir: string;
  /** Runs the real worker until the queue is empty and nothing is left to embed. */
  drainQueue: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Real SQLite and real LanceDB in a temp dir, talking over HTTP to the fake Ollama.
 * Also sets process.env so route handlers (which read config) see the same setup.
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const fake = await startFakeOllama();
  const temp = makeTempDir();
  const variables = {
    QUIRE_DATA_DIR: temp.dir,
    OLLAMA_HOST: fake.url,
    QUIRE_OLLAMA_TIMEOUT_MS: "5000",
    ...env,
  };
  Object.assign(process.env, variables);
  const services = await createServices(loadConfig(variables));
  (globalThis as { __quireServices?: Promise<Services> }).__quireServices = Promise.resolve(services);
  // One pool for all drains: its threads load the readers once per test file, not once per drain.
  const extractPool = new ExtractPool({
    size: defaultExtractionThreads(),
    timeoutMs: services.config.extractTimeoutMs,
    memoryMb: services.config.extractMemoryMb,
  });
  return {
    services,
    fake,
    dataDir: temp.dir,
    drainQueue: () =>
      runWorker(services, {
        exitWhenIdle: true,
        pollMs: 20,
        backfillEveryMs: 0,
        workerId: "test-worker",
        extractPool,
      }),
    close: async () => {
      (globalThis as { __quireServices?: Promise<Services> }).__quireServices = undefined;
      await extractPool.close();
      services.store.close();
      closeDatabase(services.db);
      await fake.close();
      temp.remove();
    },
  };
}
