import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export const PDFTOTEXT = process.env.BENCH_PDFTOTEXT ?? "/usr/bin/pdftotext";

/**
 * Poppler's pdftotext in its default (reading-order, not layout) mode. Its text goes to
 * /dev/null: Quire's side keeps its text in memory, so neither side pays to store output.
 */
export async function runPdftotext(file: string): Promise<void> {
  await execFileAsync(PDFTOTEXT, ["-q", file, "/dev/null"]);
}
