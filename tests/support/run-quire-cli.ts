import { spawn } from "node:child_process";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last non-empty line of stdout. */
  lastLine: string;
  seconds: number;
}

/**
 * Runs `npm run quire -- <args>` exactly as an operator would, in a child process, with the
 * given environment on top of this one; `input`, when given, is piped to its stdin.
 */
export function runQuireCli(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 300_000,
  input?: string,
): Promise<CliResult> {
  return runNpmScript("quire", args, env, timeoutMs, input);
}

/** Runs `npm run <script> -- <args>` in a child process, as a user would. */
export function runNpmScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 300_000,
  input?: string,
): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    child.stdin?.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} ${args.join(" ")} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const lines = stdout.split("\n").filter((line) => line.trim() !== "");
      resolve({ code, stdout, stderr, lastLine: lines.at(-1) ?? "", seconds: (Date.now() - started) / 1000 });
    });
  });
}
