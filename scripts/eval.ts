/** `npm run eval -- --dataset DIR`: retrieval quality on a BEIR dataset (see README, Evaluation). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { format } from "node:util";
import { closeDatabase } from "@/db/client";
import { runWorker } from "@/ingest/worker";
import { loadConfig } from "@/lib/config";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { formatReport } from "@/lib/evaluation/format-report";
import { readIngestManifest } from "@/lib/evaluation/ingest-manifest";
import { EVAL_USAGE, parseEvalArgs } from "@/lib/evaluation/parse-eval-args";
import { runEvaluation } from "@/lib/evaluation/run-evaluation";
import type { EvaluationProgress } from "@/lib/evaluation/types";
import type { LlmClient } from "@/lib/llm";
import { createListwiseReranker } from "@/lib/retrieval/rerank-listwise";
import { createServices, type Services } from "@/lib/runtime/services";
import type { VectorStore } from "@/lib/vector";

/** At 5,000 rows a compaction takes about 0.1 s; 100 one-document fragments cost more than that to scan. */
const COMPACT_EVERY_WRITES = 100;

/** Keyword-only runs need no vectors: failing fast here spares a retry loop per document when the host is down. */
function withoutEmbeddings(llm: LlmClient): LlmClient {
  return {
    ...llm,
    embed: () =>
      Promise.reject(new AppError("MODEL_UNAVAILABLE", "embedding is off for a keyword-only evaluation")),
  };
}

/** Ids and counts vary between otherwise identical log lines. */
function logPattern(line: string): string {
  return line
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>")
    .replace(/\d+/g, "<n>");
}

/**
 * The worker logs to the console, once per document for some events; here stdout carries
 * only the report. Its lines go to stderr, each kind once, with a count of repeats at the end.
 */
async function withWorkerLogsCollapsed<T>(run: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  const repeats = new Map<string, number>();
  const collect = (...args: unknown[]) => {
    const line = format(...args);
    const pattern = logPattern(line);
    const seen = repeats.get(pattern);
    if (seen === undefined) process.stderr.write(`${line}\n`);
    repeats.set(pattern, (seen ?? 0) + 1);
  };
  console.log = collect;
  console.warn = collect;
  try {
    return await run();
  } finally {
    console.log = log;
    console.warn = warn;
    for (const [pattern, count] of repeats) {
      if (count > 1) process.stderr.write(`(worker said "${pattern}" ${count} times)\n`);
    }
  }
}

/**
 * The worker writes each document as its own LanceDB fragment and compacts only once the
 * queue is empty; every write scans all fragments, so a corpus of thousands of documents
 * would ingest in quadratic time. Compacting every so many writes keeps it linear.
 */
function compactingEvery(store: VectorStore, writes: number): VectorStore {
  let sinceCompaction = 0;
  const countWrite = async () => {
    if (++sinceCompaction < writes) return;
    sinceCompaction = 0;
    await store.optimize();
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === "upsertChunks") {
        return async (chunks: Parameters<VectorStore["upsertChunks"]>[0]) => {
          await target.upsertChunks(chunks);
          await countWrite();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Runs the real ingest worker in this process until the queue is empty and, if wanted, every chunk embedded. */
function drainQueue(services: Services, options: { embed: boolean }): Promise<void> {
  const store = compactingEvery(services.store, COMPACT_EVERY_WRITES);
  const deps = { ...services, store, ...(options.embed ? {} : { llm: withoutEmbeddings(services.llm) }) };
  return withWorkerLogsCollapsed(() =>
    runWorker(deps, { exitWhenIdle: true, pollMs: 20, backfillEveryMs: 0, workerId: "eval-worker" }),
  );
}

/** On a terminal one line is rewritten in place; in a log, a line per tenth of each phase. */
function progressPrinter(): (progress: EvaluationProgress) => void {
  const interactive = process.stderr.isTTY === true;
  const lastTenth = new Map<string, number>();
  return (progress) => {
    const label =
      progress.phase === "query"
        ? `queries (${progress.mode})`
        : progress.phase === "gate"
          ? `relevance gate (${progress.mode})`
          : progress.phase === "upload"
            ? "uploaded"
            : "ingested";
    const line = `${label} ${progress.done}/${progress.total}`;
    if (interactive) {
      process.stderr.write(`\r\x1b[K${line}${progress.done === progress.total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor((10 * progress.done) / Math.max(1, progress.total));
    if (lastTenth.get(label) === tenth) return;
    lastTenth.set(label, tenth);
    process.stderr.write(`${line}\n`);
  };
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseEvalArgs(argv);
  if (parsed.kind === "help") {
    process.stdout.write(EVAL_USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    process.stderr.write(`${parsed.message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  const { args } = parsed;
  // A throw-away data directory: the benchmark corpus never mixes with the user's documents.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-eval-"));
  const removeDataDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  process.once("SIGINT", () => {
    removeDataDir();
    process.exit(130);
  });
  // A kept ingest is copied in, never used in place: the abstention figures delete documents.
  const cache = args.dataDir === undefined ? null : path.resolve(args.dataDir);
  const reuse = cache !== null && readIngestManifest(cache) !== null;
  if (cache !== null && !reuse && fs.existsSync(cache) && fs.readdirSync(cache).length > 0) {
    removeDataDir();
    process.stderr.write(`--data-dir ${cache} is neither empty nor a corpus kept by npm run eval.\n`);
    return 2;
  }
  if (reuse && cache) {
    fs.cpSync(cache, dataDir, { recursive: true });
    process.stderr.write(`reusing the corpus ingested in ${cache}\n`);
  }
  const services = await createServices(loadConfig({ ...process.env, QUIRE_DATA_DIR: dataDir }));
  const { rerankModel, rerankTimeoutMs } = services.config;
  try {
    const started = performance.now();
    const report = await runEvaluation(
      {
        services,
        waitForIngest: (options) => drainQueue(services, options),
        rerank:
          rerankModel === null
            ? null
            : createListwiseReranker(services.llm, rerankModel, { timeoutMs: rerankTimeoutMs }),
        // Nothing writes once the queue is drained, so a plain copy (SQLite WAL included) is consistent.
        onIngested: () => {
          if (cache === null) return;
          fs.cpSync(dataDir, cache, { recursive: true });
          process.stderr.write(`kept the ingested corpus in ${cache} for later runs (--data-dir)\n`);
        },
      },
      {
        datasetDir: args.datasetDir,
        split: args.split,
        modes: args.modes,
        onProgress: progressPrinter(),
        reuseIngested: reuse,
        settings: args.settings,
        abstention: args.abstention
          ? { share: args.holdout, seed: args.seed, calibrate: args.calibrate }
          : null,
      },
    );
    process.stdout.write(formatReport(report));
    process.stderr.write(`total ${Math.round((performance.now() - started) / 1000)} s\n`);
    if (args.out) {
      fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
      fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    }
    return 0;
  } finally {
    services.store.close();
    closeDatabase(services.db);
    removeDataDir();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${isAppError(error) ? error.userMessage : error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
