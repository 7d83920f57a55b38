import path from "node:path";
import { openVectorStore, type VectorFilter } from "@/lib/vector";
import { toKeywordQuery } from "@/lib/vector/keyword-query";
import type { Benchmark, BenchmarkOutcome, ResultRow } from "../core/types";
import type { LatencySummary } from "../report/percentiles";
import { loadSentences } from "../support/sentence-source";
import { CANDIDATES, compareRetrieval, K } from "./compare-retrieval";
import { directoryBytes } from "./directory-size";
import { openRawHybrid } from "./raw-hybrid-query";
import { openOrBuildSearchTable } from "./search-table-cache";
import { type CorpusParameters, SyntheticCorpus } from "./synthetic-corpus";

const WARMUP_QUERIES = 20;
const TIMED_QUERIES = 300;
const MiB = 1024 * 1024;

interface Variant {
  label: string;
  filterFor: (collectionId: string) => VectorFilter | undefined;
}

const VARIANTS: Variant[] = [
  { label: "no filter", filterFor: () => undefined },
  { label: "1 of 50 collections", filterFor: (collectionId) => ({ collectionIds: [collectionId] }) },
];

function corpusParameters(size: number, textSource: CorpusParameters["textSource"]): CorpusParameters {
  return {
    size,
    dimension: 768,
    collections: 50,
    clusters: 256,
    chunksPerDocument: 20,
    wordsPerChunk: 250,
    seed: 20_241,
    textSource,
    generatorVersion: 1,
  };
}

const latencyRows = (label: string, quire: LatencySummary, raw: LatencySummary): ResultRow[] =>
  (["p50", "p95", "p99"] as const).map((key) => ({
    metric: `hybrid ${key}, ${label}`,
    unit: "ms",
    value: quire[key],
    baseline: raw[key],
    baselineLabel: "raw LanceDB hybrid query",
  }));

export const searchBenchmark: Benchmark = {
  name: "search",
  sizeMeaning: "chunks in the table (768-dim vectors, SciFact text); built once, cached",
  defaultSize: 100_000,
  async run({ size, outDir, log }): Promise<BenchmarkOutcome> {
    const source = loadSentences();
    const corpus = new SyntheticCorpus(corpusParameters(size, source.name), source);
    const cacheDir = path.join(outDir, "cache", `search-${size}`);
    const table = await openOrBuildSearchTable(corpus, cacheDir, log);

    const queries = Array.from({ length: WARMUP_QUERIES + TIMED_QUERIES }, (_, number) => {
      const query = corpus.queryAt(number);
      return { ...query, terms: toKeywordQuery(query.text) ?? "" };
    });
    // Same consistency interval as the web process's services.
    const store = await openVectorStore(table.indexDir, { readConsistencyIntervalSeconds: 1 });
    const raw = await openRawHybrid(table.indexDir);
    const rows: ResultRow[] = [];
    const details: Record<string, unknown> = {};
    try {
      for (const variant of VARIANTS) {
        const comparison = await compareRetrieval({ store, raw }, queries, WARMUP_QUERIES, variant.filterFor);
        log(
          `${variant.label}: Quire p50 ${comparison.quire.p50.toFixed(1)} ms, raw p50 ${comparison.raw.p50.toFixed(1)} ms`,
        );
        rows.push(...latencyRows(variant.label, comparison.quire, comparison.raw), {
          // Near 100% shows both sides did the same search, so the latency ratio compares like with like.
          metric: `top-10 shared with raw, ${variant.label}`,
          unit: "%",
          value: comparison.meanTop10Overlap * 100,
          baseline: null,
        });
        details[variant.label] = comparison;
      }
    } finally {
      store.close();
      raw.close();
    }
    const { build } = table;
    rows.push(
      { metric: "table rows", unit: "", value: size, baseline: null },
      { metric: "build: upsertChunks", unit: "s", value: build.upsertSeconds, baseline: null },
      {
        metric: "build: optimize (FTS + IVF_PQ + compaction)",
        unit: "s",
        value: build.optimizeSeconds,
        baseline: null,
      },
      { metric: "table on disk", unit: "MiB", value: directoryBytes(table.indexDir) / MiB, baseline: null },
    );
    return {
      rows,
      details: {
        ...details,
        parameters: corpus.parameters,
        k: K,
        candidates: CANDIDATES,
        timedQueries: TIMED_QUERIES,
        warmupQueries: WARMUP_QUERIES,
        cacheDir,
        build: { ...build, builtNow: table.builtNow },
      },
      notes: [
        `Quire = lib/retrieval retrieve() as production runs it (its keyword side included: query clean-up, feedback expansion, heading boost, whatever it does today), the query vector handed over precomputed; raw = one plain LanceDB hybrid query (nearestTo + a single OR MatchQuery on text + RRFReranker) with the same refine factor, nprobes, candidates (${CANDIDATES}) and filter. The ratio is what Quire adds over LanceDB's own hybrid search; the top-10 overlap shows how far the two rankings agree.`,
        "Synthetic chunks have no headings, so Quire's heading query (run beside the text query, its scores added to chunks the text query found) returns nothing here; on real documents it is one more LanceDB full-text query of the same kind.",
        `${TIMED_QUERIES} timed queries after ${WARMUP_QUERIES} warm-up ones, each run on both sides back to back; p99 rests on the ${Math.ceil(TIMED_QUERIES / 100)} slowest samples.`,
        `Vectors: ${corpus.parameters.clusters} Gaussian clusters of unit vectors; queries lie near a stored row and use 5-10 of its words. The filter is one collection (2% of rows), with no scalar index on collection_id, as in production.`,
        table.builtNow
          ? "The table was built in this run."
          : `The table was reused from ${cacheDir}; build times are from the run that built it (${build.builtAt}).`,
      ],
    };
  },
};
