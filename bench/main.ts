/**
 * `npm run bench -- [NAME] [--size N] [--out DIR]`: runs one benchmark or all of them,
 * prints a table per benchmark and writes `<out>/<name>.json`.
 */
import "./core/quiet-lancedb";
import { parseBenchArgs, UsageError } from "./cli/parse-args";
import { usage } from "./cli/usage";
import { BENCHMARKS } from "./core/registry";
import { runInChild } from "./core/run-in-child";
import type { Benchmark } from "./core/types";
import { formatTable } from "./report/format-table";
import { machineInfo } from "./report/machine-info";
import { toRecord, writeRecord } from "./report/write-result";

async function runOne(benchmark: Benchmark, size: number, outDir: string): Promise<void> {
  const log = (message: string) => console.error(`[${benchmark.name}] ${message}`);
  log(`size ${size.toLocaleString("en-US")} (${benchmark.sizeMeaning})`);
  const started = performance.now();
  const outcome = await benchmark.run({ size, outDir, log });
  const seconds = (performance.now() - started) / 1000;
  const record = toRecord(benchmark.name, size, seconds, machineInfo(), outcome);
  const file = writeRecord(outDir, record);
  console.log(
    `\n${formatTable(`${benchmark.name} (size ${size.toLocaleString("en-US")}, ${seconds.toFixed(0)} s)`, outcome.rows)}`,
  );
  for (const note of outcome.notes) console.log(`  * ${note}`);
  console.log(`  -> ${file}`);
}

async function main(): Promise<number> {
  const names = BENCHMARKS.map((benchmark) => benchmark.name);
  let command: ReturnType<typeof parseBenchArgs>;
  try {
    command = parseBenchArgs(process.argv.slice(2), names);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage(BENCHMARKS)}`);
    return 2;
  }
  if (command.kind === "help") {
    console.log(usage(BENCHMARKS));
    return 0;
  }
  if (command.names.length > 1) return runEachInChild(command.names, command.outDir);
  const benchmark = BENCHMARKS.find((candidate) => candidate.name === command.names[0]);
  if (!benchmark) return 2;
  const machine = machineInfo();
  console.log(
    `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.nodeVersion}`,
  );
  try {
    await runOne(benchmark, command.size ?? benchmark.defaultSize, command.outDir);
    return 0;
  } catch (error) {
    console.error(`[${benchmark.name}] failed:`, error);
    return 1;
  }
}

/** A full run: one process per benchmark, and one failing benchmark does not cost the others' figures. */
async function runEachInChild(names: readonly string[], outDir: string): Promise<number> {
  let failures = 0;
  for (const name of names) {
    if ((await runInChild(name, outDir)) !== 0) failures += 1;
  }
  if (failures > 0) console.error(`${failures} of ${names.length} benchmarks failed`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
