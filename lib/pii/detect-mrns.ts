import vm from "node:vm";
import { AppError } from "@/lib/errors/app-error";
import { findMrnPatternProblem } from "./find-mrn-pattern-problem";
import type { MrnPattern } from "./sensitive-policy";
import type { Detection } from "./types";

/*
 * Admin patterns run in a separate V8 context because only there can a running regular
 * expression be stopped: vm's `timeout` interrupts even a backtracking regex, which no code
 * on the main context can. The static checks in find-mrn-pattern-problem.ts turn away the
 * patterns that explode on any input; this budget catches the rest (polynomial ones such as
 * \d+\d+\d+x, slow only on long digit runs) before they stall ingestion or an answer.
 */

/** Base budget plus 1 ms per 2,000 characters: sane patterns need a few ms per 100 kB. */
export function defaultMrnBudgetMs(textLength: number): number {
  return 500 + Math.ceil(textLength / 2000);
}

interface ScanJob {
  sources: string[];
  text: string;
  /** Flat triples: pattern index, start, end. */
  out: number[];
  progress: { current: number };
  cache: Map<string, RegExp>;
}

const SCANNER = new vm.Script(`
(() => {
  const { sources, text, out, progress, cache } = job;
  for (let p = 0; p < sources.length; p++) {
    progress.current = p;
    let regex = cache.get(sources[p]);
    if (regex === undefined) {
      regex = new RegExp(sources[p], "gu");
      cache.set(sources[p], regex);
    }
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex = match.index + (text.codePointAt(match.index) > 0xffff ? 2 : 1);
        continue;
      }
      out.push(p, match.index, match.index + match[0].length);
    }
  }
})()`);

let context: vm.Context | undefined;
/** Compiled regexes of the scanning context, by source; admins have a handful of patterns. */
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 256;

function checkPatterns(patterns: readonly MrnPattern[]): void {
  for (const { name, pattern } of patterns) {
    const problem = findMrnPatternProblem(pattern);
    if (problem !== undefined) {
      throw new AppError("UNPROCESSABLE", `MRN pattern "${name}" ${problem}`, {
        details: { reason: "mrn_pattern_invalid", pattern: name },
      });
    }
  }
}

/** The timeout error comes from the other context, so `instanceof Error` is false for it. */
function isTimeout(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT"
  );
}

/**
 * Matches of the admin's medical record number patterns (zero-length matches are skipped).
 * Throws AppError UNPROCESSABLE, reason mrn_pattern_too_slow, when the patterns do not finish
 * within the budget (twice): the caller must then treat the text as unscanned, not as clean.
 */
export function detectMrns(text: string, patterns: readonly MrnPattern[], budgetMs?: number): Detection[] {
  if (patterns.length === 0) return [];
  checkPatterns(patterns);
  if (compiled.size > MAX_COMPILED) compiled.clear();
  context ??= vm.createContext({});
  const job: ScanJob = {
    sources: patterns.map((p) => p.pattern),
    text,
    out: [],
    progress: { current: 0 },
    cache: compiled,
  };
  const timeout = budgetMs ?? defaultMrnBudgetMs(text.length);
  // The budget is wall-clock time, so a busy machine or a garbage collection can use it up; a
  // pattern is only blamed when it runs out twice in a row.
  for (let attempt = 1; ; attempt++) {
    job.out.length = 0;
    context.job = job;
    try {
      SCANNER.runInContext(context, { timeout });
      break;
    } catch (error) {
      if (!isTimeout(error)) throw error;
      if (attempt < 2) continue;
      const name = patterns[job.progress.current]?.name ?? "";
      throw new AppError(
        "UNPROCESSABLE",
        `MRN pattern "${name}" did not finish within ${timeout} ms, twice`,
        {
          userMessage: `The medical record number pattern "${name}" is too slow on this text; simplify it.`,
          details: { reason: "mrn_pattern_too_slow", pattern: name },
          cause: error,
        },
      );
    } finally {
      context.job = undefined;
    }
  }
  const found: Detection[] = [];
  for (let index = 0; index + 2 < job.out.length; index += 3) {
    const [pattern = 0, start = 0, end = 0] = job.out.slice(index, index + 3);
    found.push({ kind: "mrn", start, end, scheme: patterns[pattern]?.name });
  }
  return found;
}
