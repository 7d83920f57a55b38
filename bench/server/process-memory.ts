import fs from "node:fs";

export interface ProcessMemory {
  pid: number;
  /** Resident set now (VmRSS), MiB. */
  rssMiB: number;
  /** Highest resident set so far (VmHWM), MiB. */
  peakRssMiB: number;
}

/** Reads a `Name:   1234 kB` field out of /proc/<pid>/status text, in MiB. */
export function statusFieldMiB(status: string, field: string): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, "m").exec(status);
  return match?.[1] ? Number(match[1]) / 1024 : null;
}

export function readProcessMemory(pid: number): ProcessMemory | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const rssMiB = statusFieldMiB(status, "VmRSS");
    const peakRssMiB = statusFieldMiB(status, "VmHWM");
    return rssMiB === null || peakRssMiB === null ? null : { pid, rssMiB, peakRssMiB };
  } catch {
    // Gone, or not ours to read.
    return null;
  }
}
