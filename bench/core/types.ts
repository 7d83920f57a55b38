/** One line of a benchmark's table: a measured figure and, where one exists, the same-run baseline. */
export interface ResultRow {
  metric: string;
  unit: string;
  value: number;
  /** Measured in the same run on the same machine; null when the figure has no counterpart. */
  baseline: number | null;
  /** What the baseline is, e.g. "pdftotext, 2 processes". */
  baselineLabel?: string;
}

/** What a benchmark hands back; main.ts adds the machine and writes it out. */
export interface BenchmarkOutcome {
  rows: ResultRow[];
  /** Parameters and raw figures worth keeping in the JSON (sample counts, build times, notes). */
  details: Record<string, unknown>;
  /** Caveats to print under the table: what limits these figures. */
  notes: string[];
}

export interface BenchmarkContext {
  size: number;
  /** Results directory; benchmarks may keep caches under it. */
  outDir: string;
  log: (message: string) => void;
}

export interface Benchmark {
  name: string;
  /** What --size means for this benchmark, for --help. */
  sizeMeaning: string;
  defaultSize: number;
  run: (context: BenchmarkContext) => Promise<BenchmarkOutcome>;
}
