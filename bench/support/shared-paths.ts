import path from "node:path";

/**
 * Read-only data shared between checkouts (real PDFs, SciFact). It is never copied into
 * the repository; BENCH_SHARED_DIR points elsewhere when the checkout lives elsewhere.
 */
export function sharedDir(): string {
  return path.resolve(process.env.BENCH_SHARED_DIR ?? path.join(process.cwd(), "..", "shared"));
}

export const clinicalPdfDir = () => path.join(sharedDir(), "corpus", "clinical");
export const scifactCorpusPath = () => path.join(sharedDir(), "eval", "scifact", "corpus.jsonl");
