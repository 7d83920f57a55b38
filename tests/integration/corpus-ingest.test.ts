import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDocuments } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { isDocumentErrorReason } from "@/lib/documents/error-reasons";
import { uploadDocument } from "@/lib/documents/upload-document";
import { isAppError } from "@/lib/errors/app-error";
import { type Harness, startHarness } from "../support/quire-harness";

/** Real-world files shared read-only next to the checkout (see ../shared/README.md); skipped where absent. */
const CORPUS = path.resolve("../shared/corpus");
const ROOTS = ["pdfjs", "office/example-docs", "clinical"].map((dir) => path.join(CORPUS, dir));
const PER_DOCUMENT_LIMIT_MS = 60_000;
/**
 * `npm test` reads every file (about 3 minutes on 2 cores, most of it OCR of scanned PDFs);
 * QUIRE_CORPUS=sample reads every 4th file (plus the password-protected ones) for a quick run.
 */
const FULL = process.env.QUIRE_CORPUS !== "sample";
const SAMPLE_EVERY = 4;

interface Outcome {
  file: string;
  status: "ready" | "failed";
  reason?: string;
  /** From jobs.startedAt/finishedAt; absent for files refused at upload. */
  durationMs?: number;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )
    .sort();
}

/** Every file, or a spread-out sample that keeps the files that need a password. */
function selectFiles(all: string[]): string[] {
  if (FULL) return all;
  const passwordsFile = path.join(CORPUS, "pdfjs", "passwords.json");
  const protectedNames = new Set(
    fs.existsSync(passwordsFile)
      ? Object.keys(JSON.parse(fs.readFileSync(passwordsFile, "utf8")) as object)
      : [],
  );
  return all.filter((file, index) => index % SAMPLE_EVERY === 0 || protectedNames.has(path.basename(file)));
}

/** Upload refusals carry the same reasons as failed documents, so the summary covers every file. */
function refusalReason(code: string): string {
  if (code === "UNSUPPORTED_MEDIA_TYPE") return "unsupported";
  if (code === "PAYLOAD_TOO_LARGE") return "too_large";
  return "empty";
}

function summarize(outcomes: Outcome[], wallSeconds: number): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const key = outcome.status === "ready" ? "ready" : `failed: ${outcome.reason}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const slowest = outcomes
    .filter((outcome) => outcome.durationMs !== undefined)
    .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0))
    .slice(0, 5);
  const perRoot = new Map<string, { files: number; seconds: number }>();
  for (const outcome of outcomes) {
    const root = outcome.file.split(path.sep)[0] ?? "";
    const entry = perRoot.get(root) ?? { files: 0, seconds: 0 };
    entry.files += 1;
    entry.seconds += (outcome.durationMs ?? 0) / 1000;
    perRoot.set(root, entry);
  }
  return [
    `[corpus] ${outcomes.length} files in ${wallSeconds.toFixed(1)} s`,
    ...[...perRoot].map(
      ([root, entry]) => `  ${root}/: ${entry.files} files, ${entry.seconds.toFixed(0)} s of job time`,
    ),
    ...[...counts].sort().map(([key, count]) => `  ${key}: ${count}`),
    "  slowest (claim to finish):",
    ...slowest.map((outcome) => `    ${((outcome.durationMs ?? 0) / 1000).toFixed(1)} s  ${outcome.file}`),
  ].join("\n");
}

/** What is wrong with one ingested document, if anything. */
function problemsOf(
  file: string,
  document: ReturnType<typeof listDocuments>[number],
  durationMs: number | undefined,
): string[] {
  const problems: string[] = [];
  if (document.status !== "ready" && document.status !== "failed")
    problems.push(`${file} is ${document.status}`);
  if (durationMs === undefined) problems.push(`${file} has no recorded run`);
  else if (durationMs >= PER_DOCUMENT_LIMIT_MS) problems.push(`${file} took ${durationMs} ms`);
  if (document.status === "failed" && !isDocumentErrorReason(document.errorReason)) {
    problems.push(`${file} failed without a reason (${document.errorReason})`);
  }
  if (document.status === "failed" && !document.error) problems.push(`${file} failed without a message`);
  if (document.status === "ready" && document.embeddedCount !== document.chunkCount) {
    problems.push(`${file} lacks vectors (${document.embeddedCount}/${document.chunkCount})`);
  }
  return problems;
}

let harness: Harness;

beforeAll(async () => {
  // The production limits (QUIRE_EXTRACT_TIMEOUT_S's default), so the 60 s bound is proven for them.
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe.skipIf(!ROOTS.every((root) => fs.existsSync(root)))("ingesting the shared corpus", () => {
  it("ends every file ready or failed with a specific reason, none slower than 60 s, without a crash", async () => {
    const started = performance.now();
    const outcomes: Outcome[] = [];
    const uploaded = new Map<string, string>();
    const allFiles = ROOTS.flatMap(listFiles);
    const files = selectFiles(allFiles);
    console.log(
      FULL
        ? `[corpus] all ${files.length} files`
        : `[corpus] ${files.length} of ${allFiles.length} files (QUIRE_CORPUS=sample; unset it to read them all)`,
    );
    for (const file of files) {
      const relative = path.relative(CORPUS, file);
      try {
        const result = await uploadDocument(harness.services, {
          filename: path.basename(file),
          bytes: new Uint8Array(fs.readFileSync(file)),
          // Same-named files in different folders are different documents, not versions.
          sourceKey: `corpus:${relative}`,
        });
        if (!result.duplicate) uploaded.set(result.id, relative);
      } catch (error) {
        if (!isAppError(error) || error.status >= 500) throw error;
        outcomes.push({ file: relative, status: "failed", reason: refusalReason(error.code) });
      }
    }

    // The real worker, in this process: a reader that brought it down would fail the whole test.
    await harness.drainQueue();

    const documents = listDocuments(harness.services.db).filter((document) => uploaded.has(document.id));
    const jobs = latestJobsByDocument(
      harness.services.db,
      documents.map((document) => document.id),
    );
    const problems: string[] = [];
    for (const document of documents) {
      const file = uploaded.get(document.id) ?? document.id;
      const job = jobs.get(document.id);
      const durationMs =
        job?.startedAt && job.finishedAt ? job.finishedAt.getTime() - job.startedAt.getTime() : undefined;
      outcomes.push({
        file,
        status: document.status === "ready" ? "ready" : "failed",
        ...(document.errorReason ? { reason: document.errorReason } : {}),
        ...(durationMs === undefined ? {} : { durationMs }),
      });
      problems.push(...problemsOf(file, document, durationMs));
    }
    console.log(summarize(outcomes, (performance.now() - started) / 1000));
    expect(problems).toEqual([]);
    expect(documents.length).toBe(uploaded.size);
    expect(outcomes.filter((outcome) => outcome.status === "ready").length).toBeGreaterThan(0);
  }, 1_800_000);
});
