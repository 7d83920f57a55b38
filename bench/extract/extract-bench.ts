import path from "node:path";
import { timeSeconds } from "../core/stopwatch";
import type { Benchmark, BenchmarkOutcome } from "../core/types";
import { type BenchmarkPdf, benchmarkPdfs } from "../support/benchmark-pdfs";
import { runWithConcurrency } from "../support/run-with-concurrency";
import { createExtractPool, type ExtractPool } from "./extract-pool";
import { PDFTOTEXT, runPdftotext } from "./run-pdftotext";

/** Each configuration runs this many timed passes, interleaved, so drift hits all of them alike. */
const ROUNDS = 2;
const PARALLEL = 2;

interface Configuration {
  key: string;
  concurrency: number;
  run: (pdf: BenchmarkPdf) => Promise<unknown>;
}

async function firstPass(pool: ExtractPool, pdfs: BenchmarkPdf[]) {
  // Also the warm-up: pdf.js loads and JITs, and the files enter the page cache.
  const outcomes = await runWithConcurrency(pdfs, pool.threads, (pdf) =>
    pool.extract(pdf.file).then(
      (extracted) => ({ pdf, ...extracted }),
      (error: unknown) => ({ pdf, error: String(error) }),
    ),
  );
  await runWithConcurrency(pdfs, PARALLEL, (pdf) => runPdftotext(pdf.file).catch(() => undefined));
  return outcomes;
}

export const extractBenchmark: Benchmark = {
  name: "extract",
  sizeMeaning: "number of PDFs: the clinical protocols first, then generated 12-page reports",
  defaultSize: 20,
  async run({ size, outDir, log }): Promise<BenchmarkOutcome> {
    const all = await benchmarkPdfs(size, path.join(outDir, "cache", "generated-pdfs"));
    const single = createExtractPool(1);
    const pair = createExtractPool(PARALLEL);
    try {
      log(`warm-up pass over ${all.length} PDFs`);
      const outcomes = await firstPass(pair, all);
      const failed = outcomes.flatMap((outcome) => ("error" in outcome ? [outcome] : []));
      const usable = outcomes.flatMap((outcome) => ("error" in outcome ? [] : [outcome]));
      const pdfs = usable.map((outcome) => outcome.pdf);
      const pages = usable.reduce((sum, outcome) => sum + outcome.pages, 0);
      if (pages === 0) throw new Error("no PDF could be extracted");
      await runWithConcurrency(pdfs.slice(0, 1), 1, (pdf) => single.extract(pdf.file));

      const configurations: Configuration[] = [
        { key: "quire-1", concurrency: 1, run: (pdf) => single.extract(pdf.file) },
        { key: "pdftotext-1", concurrency: 1, run: (pdf) => runPdftotext(pdf.file) },
        { key: "quire-2", concurrency: PARALLEL, run: (pdf) => pair.extract(pdf.file) },
        { key: "pdftotext-2", concurrency: PARALLEL, run: (pdf) => runPdftotext(pdf.file) },
      ];
      const seconds = new Map<string, number[]>(configurations.map((c) => [c.key, []]));
      // Per-file times, where files run one at a time: they add up, so a subset's rate can be read off.
      const perPdfSeconds = new Map<string, Map<string, number>>();
      const timedRun = (configuration: Configuration) => async (pdf: BenchmarkPdf) => {
        if (configuration.concurrency !== 1) return configuration.run(pdf);
        const byPdf = perPdfSeconds.get(configuration.key) ?? new Map<string, number>();
        perPdfSeconds.set(configuration.key, byPdf);
        const taken = await timeSeconds(() => configuration.run(pdf));
        byPdf.set(pdf.name, (byPdf.get(pdf.name) ?? 0) + taken);
      };
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const configuration of configurations) {
          const taken = await timeSeconds(() =>
            runWithConcurrency(pdfs, configuration.concurrency, timedRun(configuration)),
          );
          seconds.get(configuration.key)?.push(taken);
          log(`round ${round}: ${configuration.key} ${(pages / taken).toFixed(1)} pages/s`);
        }
      }
      const rate = (key: string) => (pages * ROUNDS) / (seconds.get(key) ?? []).reduce((a, b) => a + b, 0);
      const [quire1, poppler1, quire2, poppler2] = configurations.map((c) => rate(c.key)) as [
        number,
        number,
        number,
        number,
      ];
      const withoutOcr = usable.filter((outcome) => outcome.ocrPages === 0);
      const textPages = withoutOcr.reduce((sum, outcome) => sum + outcome.pages, 0);
      const subsetRate = (key: string) => {
        const byPdf = perPdfSeconds.get(key);
        const total = withoutOcr.reduce((sum, outcome) => sum + (byPdf?.get(outcome.pdf.name) ?? 0), 0);
        return total > 0 ? (textPages * ROUNDS) / total : Number.NaN;
      };
      return {
        rows: [
          {
            metric: "pages/s, 1 thread",
            unit: "pages/s",
            value: quire1,
            baseline: poppler1,
            baselineLabel: "pdftotext, 1 process",
          },
          {
            metric: `pages/s, ${PARALLEL} worker threads`,
            unit: "pages/s",
            value: quire2,
            baseline: poppler2,
            baselineLabel: `pdftotext, ${PARALLEL} processes`,
          },
          {
            metric: `speed-up ${PARALLEL} vs 1`,
            unit: "×",
            value: quire2 / quire1,
            baseline: poppler2 / poppler1,
            baselineLabel: "pdftotext's speed-up",
          },
          {
            metric: `pages/s, 1 thread, the ${withoutOcr.length} PDFs needing no OCR`,
            unit: "pages/s",
            value: subsetRate("quire-1"),
            baseline: subsetRate("pdftotext-1"),
            baselineLabel: "pdftotext, 1 process",
          },
          { metric: "pages per pass", unit: "", value: pages, baseline: null },
          {
            metric: "pages read by OCR (Quire only)",
            unit: "",
            value: usable.reduce((sum, outcome) => sum + outcome.ocrPages, 0),
            baseline: null,
          },
          { metric: "PDFs per pass", unit: "", value: pdfs.length, baseline: null },
        ],
        details: {
          pdftotext: PDFTOTEXT,
          rounds: ROUNDS,
          pdfs: usable.map((outcome) => ({
            name: outcome.pdf.name,
            origin: outcome.pdf.origin,
            pages: outcome.pages,
            characters: outcome.characters,
            ocrPages: outcome.ocrPages,
          })),
          failed: failed.map((outcome) => ({ name: outcome.pdf.name, error: outcome.error })),
          secondsPerPass: Object.fromEntries(seconds),
          secondsPerPdfOneAtATime: Object.fromEntries(
            [...perPdfSeconds].map(([key, byPdf]) => [
              key,
              Object.fromEntries([...byPdf].map(([name, total]) => [name, total / ROUNDS])),
            ]),
          ),
        },
        notes: [
          `Quire = extractPdf (pdf.js + layout analysis, OCR of pages without a text layer) in worker threads, file read included; pdftotext = poppler's reading-order mode, one process per PDF (its start-up is part of its cost), text to /dev/null, no OCR.`,
          `${ROUNDS} timed passes per configuration after a warm-up pass, interleaved; figures are pages / total seconds.`,
          ...(failed.length > 0
            ? [`${failed.length} PDF(s) Quire could not extract were left out of both sides.`]
            : []),
        ],
      };
    } finally {
      await Promise.all([single.close(), pair.close()]);
    }
  },
};
