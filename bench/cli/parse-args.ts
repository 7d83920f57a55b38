import { parseArgs } from "node:util";

export const DEFAULT_OUT_DIR = "bench-results";

export type BenchCommand =
  | { kind: "help" }
  | { kind: "run"; names: string[]; size: number | null; outDir: string };

export class UsageError extends Error {}

function parseSize(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  // Underscores and commas let people type 1_000_000 or 1,000,000 as they would write it.
  const size = Number(raw.replaceAll(/[_,]/g, ""));
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new UsageError(`--size must be a positive integer, got "${raw}"`);
  }
  return size;
}

function readArgv(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { size: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    // parseArgs' own messages name the offending option, which is what a user needs.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `[NAME] [--size N] [--out DIR]`; no NAME means every benchmark at its default size. */
export function parseBenchArgs(argv: readonly string[], knownNames: readonly string[]): BenchCommand {
  const { values, positionals } = readArgv(argv);
  if (values.help) return { kind: "help" };
  if (positionals.length > 1)
    throw new UsageError(`one benchmark name at most, got ${positionals.join(" ")}`);
  const [name] = positionals;
  if (name !== undefined && !knownNames.includes(name)) {
    throw new UsageError(`unknown benchmark "${name}"; known: ${knownNames.join(", ")}`);
  }
  const size = parseSize(values.size);
  if (size !== null && name === undefined) {
    throw new UsageError("--size applies to one benchmark: name it, e.g. `search --size 1000000`");
  }
  if (values.out === "") throw new UsageError("--out needs a directory");
  return {
    kind: "run",
    names: name === undefined ? [...knownNames] : [name],
    size,
    outDir: values.out ?? DEFAULT_OUT_DIR,
  };
}
