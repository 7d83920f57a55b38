import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "@/ingest/extract/extract-document";
import { detectType } from "@/lib/documents/detect-type";
import { isAppError } from "@/lib/errors/app-error";

/**
 * Real-world office files (a shared corpus outside the repository, read in place): every file
 * must either yield text or fail with an AppError that carries a reason and a message for the
 * user, never an unexpected exception, and within a minute. The `pdf/` folder is left to the PDF
 * corpus test; the PDFs elsewhere in the corpus are included.
 */
const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/office/example-docs");
const PER_FILE_MS = 60_000;

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (!statSync(full).isDirectory()) return [full];
    return path.relative(CORPUS, full) === "pdf" ? [] : listFiles(full);
  });
}

type Outcome = "text" | `${string}:${string}`;
const outcomes = new Map<string, Map<Outcome, number>>();

function record(file: string, outcome: Outcome): void {
  const extension = path.extname(file).toLowerCase() || "(none)";
  const byOutcome = outcomes.get(extension) ?? new Map<Outcome, number>();
  byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  outcomes.set(extension, byOutcome);
}

const files = existsSync(CORPUS) ? listFiles(CORPUS).sort() : [];

describe.skipIf(files.length === 0)("office corpus: text or a clear error for every file", () => {
  afterAll(() => {
    const lines = [...outcomes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([extension, byOutcome]) => {
        const parts = [...byOutcome.entries()].map(([outcome, count]) => `${outcome} ×${count}`);
        return `  ${extension.padEnd(10)} ${parts.join(", ")}`;
      });
    console.log(`Office corpus outcomes (${files.length} files):\n${lines.join("\n")}`);
  });

  it.each(files.map((file) => [path.relative(CORPUS, file), file]))(
    "%s",
    async (_name, file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const started = performance.now();
      try {
        const mimeType = detectType(bytes, path.basename(file));
        const document = await extractDocument(bytes, mimeType);
        const text = document.pages.flatMap((page) => page.blocks.map((block) => block.text)).join("");
        expect(text.trim().length).toBeGreaterThan(0);
        for (const page of document.pages) {
          expect(Number.isInteger(page.page) && page.page >= 1).toBe(true);
        }
        record(file, "text");
      } catch (error) {
        if (!isAppError(error)) throw error;
        expect(typeof error.details?.reason).toBe("string");
        expect(error.userMessage.length).toBeGreaterThan(10);
        record(file, `${error.code}:${String(error.details?.reason)}`);
      }
      expect(performance.now() - started).toBeLessThan(PER_FILE_MS);
    },
    PER_FILE_MS,
  );
});
