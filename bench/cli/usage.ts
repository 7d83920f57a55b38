import type { Benchmark } from "../core/types";
import { DEFAULT_OUT_DIR } from "./parse-args";

export function usage(benchmarks: readonly Benchmark[]): string {
  const width = Math.max(...benchmarks.map((benchmark) => benchmark.name.length));
  return [
    "usage: npm run bench -- [NAME] [--size N] [--out DIR]",
    "",
    "  NAME      one benchmark; without it, all of them at their default sizes",
    "  --size N  the benchmark's size (see below)",
    `  --out DIR where <name>.json and caches go (default ${DEFAULT_OUT_DIR}/)`,
    "",
    "benchmarks (default size; what size means):",
    ...benchmarks.map(
      (benchmark) =>
        `  ${benchmark.name.padEnd(width)}  ${benchmark.defaultSize.toLocaleString("en-US")}; ${benchmark.sizeMeaning}`,
    ),
  ].join("\n");
}
