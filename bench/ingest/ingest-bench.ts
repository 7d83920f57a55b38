import { readFile } from "node:fs/promises";
import path from "node:path";
import { countDocumentsByStatus, listDocuments } from "@/db/queries/documents";
import { runWorker } from "@/ingest/worker";
import { allCollections } from "@/lib/access/read-scope";
import { uploadDocument } from "@/lib/documents/upload-document";
import { searchChunks } from "@/lib/search/search-chunks";
import { startHarness } from "../../tests/support/quire-harness";
import { timeSeconds } from "../core/stopwatch";
import type { Benchmark, BenchmarkOutcome } from "../core/types";
import { percentile } from "../report/percentiles";
import { type BenchmarkPdf, benchmarkPdfs } from "../support/benchmark-pdfs";
import { extractSequentially } from "./extract-sequentially";

const MiB = 1024 * 1024;

async function uploadAll(harness: Awaited<ReturnType<typeof startHarness>>, pdfs: readonly BenchmarkPdf[]) {
  for (const pdf of pdfs) {
    const bytes = new Uint8Array(await readFile(pdf.file));
    await uploadDocument(harness.services, { filename: pdf.name, declaredType: "application/pdf", bytes });
  }
}

/** Proof the run ended searchable: every document settled, one hybrid query answered. */
async function assertSearchable(harness: Awaited<ReturnType<typeof startHarness>>): Promise<void> {
  const unsettled = listDocuments(harness.services.db).filter(
    (document) => document.status !== "ready" && document.status !== "failed",
  );
  if (unsettled.length > 0) throw new Error(`${unsettled.length} document(s) still ${unsettled[0]?.status}`);
  const result = await searchChunks(harness.services, allCollections(), {
    query: "study protocol patients",
    k: 5,
  });
  if (result.mode !== "hybrid" || result.hits.length === 0) {
    throw new Error(
      `index not searchable: mode ${result.mode}, ${result.hits.length} hits, ${result.vectorError ?? ""}`,
    );
  }
}

export const ingestBenchmark: Benchmark = {
  name: "ingest",
  sizeMeaning: "number of PDFs: the clinical protocols first, then generated 12-page reports",
  defaultSize: 20,
  async run({ size, outDir, log }): Promise<BenchmarkOutcome> {
    const pdfs = await benchmarkPdfs(size, path.join(outDir, "cache", "generated-pdfs"));
    // pdf.js is loaded and JIT-compiled before either side is timed.
    await extractSequentially(pdfs.slice(0, 2));

    log(`baseline: extracting ${pdfs.length} PDFs one after another`);
    let extracted = { pages: 0, failed: 0 };
    const extractionSeconds = await timeSeconds(async () => {
      extracted = await extractSequentially(pdfs);
    });

    const harness = await startHarness();
    try {
      harness.fake.reset();
      log(`pipeline: upload ${pdfs.length} PDFs, run the worker until idle`);
      let embedCalls = 0;
      let batchSizes: number[] = [];
      const pipelineSeconds = await timeSeconds(async () => {
        await uploadAll(harness, pdfs);
        // Production settings apart from exitWhenIdle; the worker optimizes the index before it goes idle.
        await runWorker(harness.services, { exitWhenIdle: true, workerId: "bench-worker" });
        ({ embedCalls } = harness.fake.counters);
        batchSizes = [...harness.fake.counters.embedBatchSizes];
        await assertSearchable(harness);
      });
      const documents = listDocuments(harness.services.db);
      const pages = documents.reduce((sum, document) => sum + (document.pages ?? 0), 0);
      const chunks = documents.reduce((sum, document) => sum + document.chunkCount, 0);
      const statuses = countDocumentsByStatus(harness.services.db, null);
      const peakRssMiB = (process.resourceUsage().maxRSS * 1024) / MiB;
      const textsEmbedded = batchSizes.reduce((sum, batch) => sum + batch, 0);
      return {
        rows: [
          {
            metric: "upload-to-searchable",
            unit: "pages/s",
            value: pages / pipelineSeconds,
            baseline: extracted.pages / extractionSeconds,
            baselineLabel: "extraction alone, same PDFs, same thread",
          },
          {
            metric: "wall time",
            unit: "s",
            value: pipelineSeconds,
            baseline: extractionSeconds,
            baselineLabel: "extraction alone",
          },
          {
            metric: "pages ingested",
            unit: "",
            value: pages,
            baseline: extracted.pages,
            baselineLabel: "pages extracted",
          },
          { metric: "chunks indexed", unit: "", value: chunks, baseline: null },
          { metric: "documents ready", unit: "", value: statuses.ready ?? 0, baseline: null },
          { metric: "documents failed", unit: "", value: statuses.failed ?? 0, baseline: null },
          { metric: "embed calls", unit: "", value: embedCalls, baseline: null },
          {
            metric: "texts embedded",
            unit: "",
            value: textsEmbedded,
            baseline: chunks,
            baselineLabel: "chunks",
          },
          {
            metric: "embed batch size, median",
            unit: "",
            value: batchSizes.length ? percentile(batchSizes, 50) : 0,
            baseline: null,
          },
          {
            metric: "embed batch size, max",
            unit: "",
            value: batchSizes.length ? Math.max(...batchSizes) : 0,
            baseline: null,
          },
          { metric: "peak RSS of the process", unit: "MiB", value: peakRssMiB, baseline: null },
        ],
        details: {
          pdfs: pdfs.map((pdf) => ({ name: pdf.name, origin: pdf.origin })),
          extractionFailures: extracted.failed,
          embedBatchSizes: batchSizes,
          documents: documents.map((document) => ({
            title: document.title,
            status: document.status,
            pages: document.pages,
            chunks: document.chunkCount,
            error: document.error,
          })),
        },
        notes: [
          "The fake Ollama answers embeddings at once, over real HTTP, so the time is Quire's own: upload, extract, chunk, SQLite, LanceDB writes, embed round trips, optimize.",
          "Upload and worker run one after another in this process (production runs the worker as its own process); the baseline is the extract stage alone.",
          "Peak RSS is this whole process's high-water mark: fake Ollama, extraction baseline and pipeline together.",
        ],
      };
    } finally {
      await harness.close();
    }
  },
};
