import { parseArgs } from "node:util";
import { EVALUATION_MODES, type EvaluationMode } from "./types";

export const EVAL_USAGE = `Usage: npm run eval -- --dataset DIR [--split NAME] [--mode keyword|vector|hybrid|all] [--out FILE]
       npm run eval -- DIR [options]

Ingests a BEIR dataset (corpus.jsonl, queries.jsonl, qrels/<split>.tsv) into a temporary
data directory and reports nDCG@10, Recall@10, Recall@100 and MRR@10 per retrieval mode.

  --dataset DIR  the dataset directory (or give it as the only positional argument)
  --split NAME   qrels file to score against (default: test, else dev, else the first found)
  --mode MODE    keyword, vector, hybrid, a comma-separated list, or all (default: all;
                 all skips modes that need the model host when it is unreachable)
  --out FILE     also write the report as JSON
`;

export interface EvalArgs {
  datasetDir: string;
  split?: string;
  modes: EvaluationMode[] | "all";
  out?: string;
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
  return {
    kind: "run",
    args: {
      datasetDir,
      modes: modes.modes,
      ...(values.split ? { split: values.split } : {}),
      ...(values.out ? { out: values.out } : {}),
    },
  };
}
