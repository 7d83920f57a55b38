import fs from "node:fs";
import { readProcessMemory } from "./process-memory";

export interface QuireProcesses {
  /** The Next.js server (its process title is "next-server (vX)"). */
  web: number | null;
  /** The ingest worker's Node process (not the tsx wrapper that launched it). */
  worker: number | null;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "latin1");
  } catch {
    return "";
  }
}

/** The larger of two candidates: the real Node process, not a thin wrapper that spawned it. */
function larger(current: number | null, candidate: number): number {
  if (current === null) return candidate;
  return (readProcessMemory(candidate)?.rssMiB ?? 0) > (readProcessMemory(current)?.rssMiB ?? 0)
    ? candidate
    : current;
}

/**
 * Finds the web server and worker of one Quire instance by its data directory, which
 * the launcher passes to both in their environment. Linux only (/proc).
 */
export function findQuireProcesses(dataDir: string): QuireProcesses {
  const marker = `QUIRE_DATA_DIR=${dataDir}\0`;
  const found: QuireProcesses = { web: null, worker: null };
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    if (!readText(`/proc/${entry}/environ`).includes(marker)) continue;
    const pid = Number(entry);
    const commandLine = readText(`/proc/${entry}/cmdline`);
    if (commandLine.startsWith("next-server")) found.web = larger(found.web, pid);
    else if (commandLine.includes("worker-main.ts")) found.worker = larger(found.worker, pid);
  }
  return found;
}
