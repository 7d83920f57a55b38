import fs from "node:fs";
import path from "node:path";
import type { BenchmarkOutcome } from "../core/types";
import { ratioOf } from "./format-number";
import type { MachineInfo } from "./machine-info";

export interface BenchmarkRecord {
  benchmark: string;
  size: number;
  durationSeconds: number;
  machine: MachineInfo;
  rows: Array<BenchmarkOutcome["rows"][number] & { ratio: number | null }>;
  notes: string[];
  details: Record<string, unknown>;
}

export function toRecord(
  benchmark: string,
  size: number,
  durationSeconds: number,
  machine: MachineInfo,
  outcome: BenchmarkOutcome,
): BenchmarkRecord {
  return {
    benchmark,
    size,
    durationSeconds,
    machine,
    rows: outcome.rows.map((row) => ({ ...row, ratio: ratioOf(row.value, row.baseline) })),
    notes: outcome.notes,
    details: outcome.details,
  };
}

/** `<outDir>/<name>.json`; a run at a non-default size overwrites it too, and says its size inside. */
export function writeRecord(outDir: string, record: BenchmarkRecord): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${record.benchmark}.json`);
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}
