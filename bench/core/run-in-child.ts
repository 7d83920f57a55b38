import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));

/**
 * Runs one benchmark in a fresh Node process (same loader flags as this one), so peak
 * RSS, caches, globals and leftover handles of one benchmark never colour the next.
 * Resolves with the child's exit code.
 */
export function runInChild(name: string, outDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, MAIN, name, "--out", outDir], {
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
