import { parseArgs } from "node:util";
import { EVALUATION_MODES, type EvaluationMode } from "./types";

export const EVAL_USAGE = `Usage: npm run eval -- --dataset DIR [--split NAME] [--mode keyword|vector|hybrid|all] [--out FILE]
                    [--data-dir DIR] [--holdout SHARE] [--seed N] [--calibrate] [--no-settings] [--no-abstention]
       npm run eval -- DIR [options]

Ingests a BEIR dataset (corpus.jsonl, queries.jsonl, qrels/<split>.tsv) into a temporary
data directory and reports nDCG@10, Recall@10, Recall@100 and MRR@10 per retrieval mode,
the retrieval settings' before/after table and the relevance gate's abstention figures.

  --dataset DIR    the dataset directory (or give it as the only positional argument)
  --split NAME     qrels file to score against (default: test, else dev, else the first found)
  --mode MODE      keyword, vector, hybrid, a comma-separated list, or all (default: all;
                   all skips modes that need the model host when it is unreachable)
  --out FILE       also write the report as JSON
  --data-dir DIR   keep the ingested corpus in DIR and reuse it on later runs of the same
                   dataset (each run works on a copy, so held-out documents are really gone)
  --holdout SHARE  share of the split's queries made unanswerable for the abstention
                   figures (default 0.2)
  --seed N         which queries are held out (default 1)
  --calibrate      sweep the relevance gate's thresholds and print the best setting
  --no-settings    skip the settings table (baseline, each stage alone, defaults)
  --no-abstention  skip the abstention figures
`;

export interface EvalArgs {
  datasetDir: string;
  split?: string;
  modes: EvaluationMode[] | "all";
  out?: string;
  dataDir?: string;
  holdout: number;
  seed: number;
  calibrate: boolean;
  settings: boolean;
  abstention: boolean;
}

export type ParsedEvalArgs =
  | { kind: "help" }
  | { kind: "run"; args: EvalArgs }
  | { kind: "error"; message: string };

function parseModes(value: string | undefined): { modes: EvaluationMode[] | "all" } | { error: string } {
  if (value === undefined || value === "all") return { modes: "all" };
  const names = value.split(",").map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(EVALUATION_MODES as readonly string[]).includes(name));
  if (unknown.length > 0)
    return { error: `Unknown mode "${unknown.join(", ")}": use keyword, vector, hybrid or all.` };
  return { modes: EVALUATION_MODES.filter((mode) => names.includes(mode)) };
}

const OPTIONS = {
  dataset: { type: "string" },
  split: { type: "string" },
  mode: { type: "string" },
  out: { type: "string" },
  "data-dir": { type: "string" },
  holdout: { type: "string" },
  seed: { type: "string" },
  calibrate: { type: "boolean" },
  "no-settings": { type: "boolean" },
  "no-abstention": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function readArgv(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
}

/** Command-line arguments of `npm run eval`; never exits, so it is easy to test. */
export function parseEvalArgs(argv: string[]): ParsedEvalArgs {
  let parsed: ReturnType<typeof readArgv>;
  try {
    parsed = readArgv(argv);
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (positionals.length > 1 || (positionals.length === 1 && values.dataset !== undefined)) {
    return {
      kind: "error",
      message: "Give the dataset directory once, with --dataset or as the only argument.",
    };
  }
  const datasetDir = values.dataset ?? positionals[0];
  if (!datasetDir) return { kind: "error", message: "Missing the dataset directory (--dataset DIR)." };
  const modes = parseModes(values.mode);
  if ("error" in modes) return { kind: "error", message: modes.error };
  const holdout = values.holdout === undefined ? 0.2 : Number(values.holdout);
  if (!Number.isFinite(holdout) || holdout <= 0 || holdout >= 1) {
    return { kind: "error", message: `--holdout must be a share between 0 and 1, got "${values.holdout}".` };
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    return { kind: "error", message: `--seed must be a whole number, got "${values.seed}".` };
  }
  return {
    kind: "run",
    args: {
      datasetDir,
      modes: modes.modes,
      ...(values.split ? { split: values.split } : {}),
      ...(values.out ? { out: values.out } : {}),
      ...(values["data-dir"] ? { dataDir: values["data-dir"] } : {}),
      holdout,
      seed,
      calibrate: values.calibrate === true,
      settings: values["no-settings"] !== true,
      abstention: values["no-abstention"] !== true,
    },
  };
}
