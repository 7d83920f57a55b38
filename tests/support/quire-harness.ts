import { closeDatabase } from "@/db/client";
import type { UserRow } from "@/db/schema";
import { ExtractPool } from "@/ingest/threads/extract-pool";
import { defaultExtractionThreads, runWorker } from "@/ingest/worker";
import type { Role } from "@/lib/auth/roles";
import { loadConfig } from "@/lib/config";
import { createServices, type Services } from "@/lib/runtime/services";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { createTestUser, sessionIdentity } from "./accounts";
import { makeTempDir } from "./temp-dir";
import { setDefaultIdentity, type TestIdentity } from "./test-identity";

export interface Harness {
  services: Services;
  fake: FakeOllama;
  dataDir: string;
  /** The admin every in-process request acts as unless told otherwise (route-client's default). */
  admin: { user: UserRow; identity: TestIdentity };
  /** A new user of this role, signed in: its session identity for route-client's apiAs(). */
  signIn: (role: Role) => Promise<{ user: UserRow; identity: TestIdentity }>;
  /** Runs the real worker until the queue is empty and nothing is left to embed. */
  drainQueue: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Real SQLite and real LanceDB in a temp dir, talking over HTTP to the fake Ollama.
 * Also sets process.env so route handlers (which read config) see the same setup, and signs in
 * an admin whose session in-process requests carry by default.
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
  const signIn = async (role: Role) => {
    const user = await createTestUser(services, { role });
    return { user, identity: sessionIdentity(services, user.id) };
  };
  const admin = await signIn("admin");
  setDefaultIdentity(admin.identity);
  return {
    services,
    fake,
    dataDir: temp.dir,
    admin,
    signIn,
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
      setDefaultIdentity({ kind: "anonymous" });
      await extractPool.close();
      services.store.close();
      closeDatabase(services.db);
      await fake.close();
      temp.remove();
    },
  };
}
