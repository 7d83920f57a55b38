import path from "node:path";
import { HANDBOOK_QUESTION } from "../../tests/support/handbook";
import type { Benchmark, BenchmarkOutcome, ResultRow } from "../core/types";
import { findQuireProcesses } from "../server/find-quire-processes";
import { type ProcessMemory, readProcessMemory } from "../server/process-memory";
import { startServedQuire } from "../server/served-quire";
import { type LoadRequest, type LoadResult, runAutocannon } from "./run-autocannon";
import { findStaticAssetUrl } from "./static-asset-url";

const CLIENT_COUNTS = [10, 50] as const;
const WARMUP_SECONDS = 2;

type Target = Omit<LoadRequest, "connections" | "durationSeconds"> & { label: string };

function targetsFor(
  baseUrl: string,
  staticUrl: string,
  authHeaders: Record<string, string>,
): { baseline: Target; measured: Target[] } {
  return {
    baseline: { label: "static asset", url: staticUrl },
    measured: [
      {
        label: "GET /api/search",
        url: `${baseUrl}/api/search?q=${encodeURIComponent("autoclave wrapped instruments")}&k=10`,
        headers: authHeaders,
      },
      {
        label: "POST /api/ask",
        url: `${baseUrl}/api/ask`,
        method: "POST",
        headers: { "content-type": "application/json", ...authHeaders },
        body: JSON.stringify({ question: HANDBOOK_QUESTION }),
      },
    ],
  };
}

function memoryOf(dataDir: string): { web: ProcessMemory | null; worker: ProcessMemory | null } {
  const pids = findQuireProcesses(dataDir);
  return {
    web: pids.web === null ? null : readProcessMemory(pids.web),
    worker: pids.worker === null ? null : readProcessMemory(pids.worker),
  };
}

const errorsOf = (result: LoadResult) => result.non2xx + result.socketErrors;

function comparisonRows(
  label: string,
  clients: number,
  result: LoadResult,
  ceiling: LoadResult,
): ResultRow[] {
  const baselineLabel = `static asset, ${clients} clients`;
  return [
    {
      metric: `${label}, ${clients} clients`,
      unit: "req/s",
      value: result.requestsPerSecond,
      baseline: ceiling.requestsPerSecond,
      baselineLabel,
    },
    {
      metric: `${label}, ${clients} clients, p95`,
      unit: "ms",
      value: result.p95Ms,
      baseline: ceiling.p95Ms,
      baselineLabel,
    },
    {
      metric: `${label}, ${clients} clients, errors`,
      unit: "",
      value: errorsOf(result),
      baseline: errorsOf(ceiling),
      baselineLabel,
    },
  ];
}

function memoryRows(role: string, before: ProcessMemory | null, after: ProcessMemory | null): ResultRow[] {
  if (!before || !after) return [];
  return [
    {
      metric: `${role} RSS after load`,
      unit: "MiB",
      value: after.rssMiB,
      baseline: before.rssMiB,
      baselineLabel: "before load",
    },
    { metric: `${role} peak RSS (VmHWM)`, unit: "MiB", value: after.peakRssMiB, baseline: null },
  ];
}

export const loadBenchmark: Benchmark = {
  name: "load",
  sizeMeaning: "seconds per autocannon run (3 routes x 2 client counts)",
  defaultSize: 10,
  async run({ size, outDir, log }): Promise<BenchmarkOutcome> {
    const served = await startServedQuire(path.join(outDir, "cache", "generated-pdfs"), log);
    try {
      const { baseline, measured } = targetsFor(
        served.url,
        await findStaticAssetUrl(served.url),
        served.authHeaders,
      );
      // Route compilation, JIT and connection pools settle before anything is recorded.
      for (const target of [baseline, ...measured]) {
        await runAutocannon({ ...target, connections: 10, durationSeconds: WARMUP_SECONDS });
      }
      const before = memoryOf(served.dataDir);
      const rows: ResultRow[] = [];
      const results: Record<string, LoadResult> = {};
      for (const clients of CLIENT_COUNTS) {
        const ceiling = await runAutocannon({ ...baseline, connections: clients, durationSeconds: size });
        results[`${baseline.label}, ${clients}`] = ceiling;
        log(`${baseline.label}, ${clients} clients: ${ceiling.requestsPerSecond.toFixed(0)} req/s`);
        for (const target of measured) {
          const result = await runAutocannon({ ...target, connections: clients, durationSeconds: size });
          results[`${target.label}, ${clients}`] = result;
          log(
            `${target.label}, ${clients} clients: ${result.requestsPerSecond.toFixed(1)} req/s, p95 ${result.p95Ms.toFixed(0)} ms`,
          );
          rows.push(...comparisonRows(target.label, clients, result, ceiling));
        }
      }
      const after = memoryOf(served.dataDir);
      rows.push(
        ...memoryRows("web server", before.web, after.web),
        ...memoryRows("worker", before.worker, after.worker),
      );
      return {
        rows,
        details: { durationSeconds: size, results, memory: { before, after }, documents: served.documents },
        notes: [
          `autocannon (in the benchmark process) over loopback, ${size} s per run, after a ${WARMUP_SECONDS} s warm-up per route; client, Next.js server, worker and fake Ollama (own process) share the machine's cores, so the static-asset run is this machine's ceiling, not the server's.`,
          "/api/ask streams a whole answer per request (the fake model answers at once); its latency is to the end of the stream.",
          "Errors = non-2xx responses + socket errors/timeouts (autocannon's 10 s timeout).",
          ...(after.web
            ? []
            : ["The web server process was not found in /proc; its memory is not reported."]),
        ],
      };
    } finally {
      await served.close();
    }
  },
};
