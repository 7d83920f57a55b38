import { extractBenchmark } from "../extract/extract-bench";
import { ingestBenchmark } from "../ingest/ingest-bench";
import { loadBenchmark } from "../load/load-bench";
import { searchBenchmark } from "../search/search-bench";
import { ttftBenchmark } from "../ttft/ttft-bench";
import type { Benchmark } from "./types";

/** In the order a full run executes them: in-process ones first, then those against a served Quire. */
export const BENCHMARKS: readonly Benchmark[] = [
  extractBenchmark,
  ingestBenchmark,
  searchBenchmark,
  ttftBenchmark,
  loadBenchmark,
];
