import { readFile } from "node:fs/promises";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { BenchmarkPdf } from "../support/benchmark-pdfs";

/** What the worker's extract stage does for these PDFs, one after another in this thread: the baseline. */
export async function extractSequentially(
  pdfs: readonly BenchmarkPdf[],
): Promise<{ pages: number; failed: number }> {
  let pages = 0;
  let failed = 0;
  for (const pdf of pdfs) {
    try {
      pages += (await extractPdf(new Uint8Array(await readFile(pdf.file)))).pages.length;
    } catch {
      failed += 1;
    }
  }
  return { pages, failed };
}
