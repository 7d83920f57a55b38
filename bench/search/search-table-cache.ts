import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { openVectorStore } from "@/lib/vector";
import type { SyntheticCorpus } from "./synthetic-corpus";

/** Rows per upsertChunks call: large enough that a million rows is a few hundred merges, not thousands. */
const UPSERT_BATCH = 5_000;

export interface BuildRecord {
  parameters: SyntheticCorpus["parameters"];
  upsertSeconds: number;
  optimizeSeconds: number;
  indexes: { fullText: boolean; vector: boolean };
  builtAt: string;
}

export interface CachedTable {
  indexDir: string;
  build: BuildRecord;
  /** False when an existing cache was reused; its build figures are from the run that made it. */
  builtNow: boolean;
}

const recordPath = (cacheDir: string) => path.join(cacheDir, "build.json");

function readRecord(cacheDir: string): BuildRecord | null {
  try {
    return JSON.parse(fs.readFileSync(recordPath(cacheDir), "utf8")) as BuildRecord;
  } catch {
    return null;
  }
}

/**
 * Builds the table through Quire's own VectorStore (mergeInsert upserts, then optimize,
 * which creates the FTS and IVF_PQ indexes exactly as the worker does), or reuses it.
 * build.json is written last, so an interrupted build is never mistaken for a complete one.
 */
export async function openOrBuildSearchTable(
  corpus: SyntheticCorpus,
  cacheDir: string,
  log: (message: string) => void,
): Promise<CachedTable> {
  const indexDir = path.join(cacheDir, "index");
  const existing = readRecord(cacheDir);
  if (existing && isDeepStrictEqual(existing.parameters, corpus.parameters)) {
    log(`reusing ${cacheDir} (built ${existing.builtAt})`);
    return { indexDir, build: existing, builtNow: false };
  }
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });

  const { size } = corpus.parameters;
  const store = await openVectorStore(indexDir);
  try {
    const upsertStarted = performance.now();
    for (let start = 0; start < size; start += UPSERT_BATCH) {
      const end = Math.min(size, start + UPSERT_BATCH);
      const chunks = Array.from({ length: end - start }, (_, offset) => corpus.chunkAt(start + offset));
      await store.upsertChunks(chunks);
      const elapsed = (performance.now() - upsertStarted) / 1000;
      if (end % (UPSERT_BATCH * 10) === 0 || end === size) {
        log(
          `upserted ${end.toLocaleString("en-US")}/${size.toLocaleString("en-US")} rows (${elapsed.toFixed(0)} s)`,
        );
      }
    }
    const upsertSeconds = (performance.now() - upsertStarted) / 1000;
    log("optimize: building full-text and IVF_PQ indexes, compacting");
    const optimizeStarted = performance.now();
    await store.optimize();
    const optimizeSeconds = (performance.now() - optimizeStarted) / 1000;
    const build: BuildRecord = {
      parameters: corpus.parameters,
      upsertSeconds,
      optimizeSeconds,
      // Below Quire's threshold (10,000 vectors) there is no ANN index: search is exact, as in production.
      indexes: await store.indexStatus(),
      builtAt: new Date().toISOString(),
    };
    fs.writeFileSync(recordPath(cacheDir), `${JSON.stringify(build, null, 2)}\n`);
    return { indexDir, build, builtNow: true };
  } finally {
    store.close();
  }
}
