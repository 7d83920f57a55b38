import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { listDocumentChunks } from "@/db/queries/chunks";
import { listDocuments } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { chunkDocument } from "@/ingest/chunk/chunk-document";
import { extractDocument } from "@/ingest/extract/extract-document";
import { chunkIdFor } from "@/ingest/pipeline/process-document";
import { loadConfig } from "@/lib/config";
import { uploadDocument } from "@/lib/documents/upload-document";
import { createServices, indexDirectory, type Services } from "@/lib/runtime/services";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { type CorpusFile, makeMixedCorpus } from "../support/make-mixed-corpus";
import { readIndexRows } from "../support/read-index-rows";
import { seededRandom } from "../support/seeded-random";
import { makeTempDir } from "../support/temp-dir";

/** Replays the same corpus and kill points; set QUIRE_CRASH_SEED to explore others. */
const SEED = Number(process.env.QUIRE_CRASH_SEED ?? 20_240_611);
const DOCUMENTS = 40;
const KILLS = 8;
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

let fake: FakeOllama;
let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let corpus: Array<CorpusFile & { id: string }>;
const random = seededRandom(SEED);

/** The real worker, as `npm start` runs it, in its own process so it can be killed outright. */
function startWorker(log: string[]): ChildProcess {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, "ingest/worker-main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      QUIRE_DATA_DIR: temp.dir,
      OLLAMA_HOST: fake.url,
      QUIRE_EMBED_BATCH: "32",
      QUIRE_OLLAMA_TIMEOUT_MS: "10000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (data: Buffer) => log.push(data.toString()));
  child.stderr?.on("data", (data: Buffer) => log.push(data.toString()));
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string, log: string[]) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; worker output:\n${log.join("")}`);
    await sleep(25);
  }
}

/** Grows with any work done: chunks indexed, vectors recorded, documents finished. */
function progressMark(): number {
  return listDocuments(services.db).reduce(
    (sum, document) =>
      sum + document.chunkCount + document.embeddedCount + (document.status === "ready" ? 1000 : 0),
    0,
  );
}

function allSettled(): boolean {
  return listDocuments(services.db).every(
    (document) => document.status === "ready" || document.status === "failed",
  );
}

function runningStages(): string[] {
  const ids = corpus.map((file) => file.id);
  return [...latestJobsByDocument(services.db, ids).values()]
    .filter((job) => job.status === "running")
    .map((job) => job.stage ?? "claimed");
}

beforeAll(async () => {
  fake = await startFakeOllama({ knobs: { latencyMs: 40 } });
  temp = makeTempDir("quire-crash-");
  services = await createServices(loadConfig({ QUIRE_DATA_DIR: temp.dir, OLLAMA_HOST: fake.url }));
  const files = await makeMixedCorpus(random, DOCUMENTS);
  corpus = [];
  for (const file of files) {
    const uploaded = await uploadDocument(services, { filename: file.name, bytes: file.bytes });
    corpus.push({ ...file, id: uploaded.id });
  }
}, 120_000);

afterAll(async () => {
  services?.store.close();
  if (services) closeDatabase(services.db);
  await fake?.close();
  temp?.remove();
});

describe("the worker survives kill -9 at random points", () => {
  it("ends with every document ready and exactly its chunks in SQLite and LanceDB", async () => {
    const kills: string[][] = [];
    const log: string[] = [];
    while (kills.length < KILLS && !allSettled()) {
      log.push(`--- worker life ${kills.length + 1}\n`);
      const lifeStarted = Date.now();
      const child = startWorker(log);
      const started = log.length;
      await waitFor(
        () => log.slice(started).join("").includes("[quire-worker] started"),
        60_000,
        "the worker to start",
        log,
      );
      // Let this life get something done, then kill it a random moment later.
      const before = progressMark();
      await waitFor(() => progressMark() > before || allSettled(), 60_000, "progress", log);
      await sleep(Math.floor(random() * 900));
      kills.push([...runningStages(), `killed after ${Date.now() - lifeStarted} ms`]);
      child.kill("SIGKILL");
      expect((await exited(child)).signal).toBe("SIGKILL");
    }
    console.log(`[crash test] seed ${SEED}: ${kills.length} kills; running stages at each kill:`, kills);
    expect(kills.length).toBeGreaterThanOrEqual(3);

    log.push("--- last worker life\n");
    const lastStarted = Date.now();
    const last = startWorker(log);
    await waitFor(allSettled, 180_000, "every document to be ready or failed", log);
    console.log(`[crash test] the last worker finished the queue in ${Date.now() - lastStarted} ms`);
    last.kill("SIGTERM");
    expect((await exited(last)).code).toBe(0);
    const failed = listDocuments(services.db).filter((document) => document.status === "failed");
    expect(
      failed.map((document) => `${document.filename}: ${document.error}`),
      log.join(""),
    ).toEqual([]);

    const rows = await readIndexRows(indexDirectory(temp.dir));
    const expectedIds = new Set<string>();
    for (const file of corpus) {
      const mimeType = listDocuments(services.db).find((d) => d.id === file.id)?.mimeType ?? "";
      const drafts = chunkDocument(await extractDocument(file.bytes, mimeType));
      const ids = drafts.map((draft) => chunkIdFor(file.id, draft.ordinal));
      for (const id of ids) expectedIds.add(id);

      const stored = listDocumentChunks(services.db, file.id);
      expect(
        stored.map((chunk) => chunk.id),
        file.name,
      ).toEqual(ids);
      expect(
        stored.map((chunk) => chunk.text),
        file.name,
      ).toEqual(drafts.map((draft) => draft.text));
      expect(stored.every((chunk) => chunk.embeddedWith === services.llm.embedModel)).toBe(true);

      const indexed = rows.filter((row) => row.documentId === file.id);
      expect(indexed.map((row) => row.chunkId).sort(), file.name).toEqual([...ids].sort());
      expect(
        indexed.every((row) => row.vectorLength !== null && row.vectorLength > 0),
        file.name,
      ).toBe(true);
    }
    expect(rows.length).toBe(expectedIds.size);

    for (const document of listDocuments(services.db)) {
      expect(document).toMatchObject({ status: "ready", errorReason: null });
      expect(document.embeddedCount).toBe(document.chunkCount);
    }
    const jobs = latestJobsByDocument(
      services.db,
      corpus.map((file) => file.id),
    );
    expect([...jobs.values()].every((job) => job.status === "done" && job.lockedBy === null)).toBe(true);
  }, 600_000);
});
