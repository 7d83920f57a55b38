import path from "node:path";
import { type Db, databasePath, openDatabase } from "@/db/client";
import { type Config, loadConfig } from "@/lib/config";
import { createLlmClient, type LlmClient, llmClientOptionsFromConfig } from "@/lib/llm";
import { openVectorStore, type VectorStore } from "@/lib/vector";

/** The process's connections to the outside systems, built once from validated config. */
export interface Services {
  config: Config;
  db: Db;
  store: VectorStore;
  llm: LlmClient;
}

export function indexDirectory(dataDir: string): string {
  return path.join(dataDir, "index");
}

export async function createServices(config: Config): Promise<Services> {
  const db = openDatabase(databasePath(config.dataDir));
  // The worker writes the index from another process; re-check for new versions every second.
  const store = await openVectorStore(indexDirectory(config.dataDir), { readConsistencyIntervalSeconds: 1 });
  const llm = createLlmClient(llmClientOptionsFromConfig(config));
  return { config, db, store, llm };
}

const holder = globalThis as typeof globalThis & { __quireServices?: Promise<Services> };

/**
 * Connections are process-wide handles, not state: caching them on globalThis keeps
 * one SQLite and one LanceDB handle per process even when Next.js reloads modules.
 */
export function getServices(): Promise<Services> {
  if (!holder.__quireServices) {
    holder.__quireServices = Promise.resolve()
      .then(() => createServices(loadConfig()))
      .catch((error: unknown) => {
        holder.__quireServices = undefined;
        throw error;
      });
  }
  return holder.__quireServices;
}
