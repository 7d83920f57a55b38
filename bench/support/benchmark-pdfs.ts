import fs from "node:fs";
import path from "node:path";
import { makePdf } from "../../tests/support/make-pdf";
import { pick, seededRandom, seedFor } from "./prng";
import { loadSentences } from "./sentence-source";
import { clinicalPdfDir } from "./shared-paths";

export interface BenchmarkPdf {
  name: string;
  file: string;
  origin: "clinical" | "generated";
}

const GENERATED_PAGES = 12;
const PARAGRAPHS_PER_PAGE = 4;
const SENTENCES_PER_PARAGRAPH = 3;

function clinicalPdfs(): BenchmarkPdf[] {
  const dir = clinicalPdfDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".pdf"))
    .sort()
    .map((name) => ({ name, file: path.join(dir, name), origin: "clinical" }));
}

/** A 12-page report of SciFact prose laid out like the test PDFs: headings, running header, page numbers. */
async function generatedPdf(number: number): Promise<Uint8Array> {
  const source = loadSentences();
  const random = seededRandom(seedFor(11, number));
  const pages = Array.from({ length: GENERATED_PAGES }, (_, index) => ({
    heading: `${index + 1}. ${pick(source.titles, random).slice(0, 60)}`,
    lines: Array.from({ length: PARAGRAPHS_PER_PAGE }, () =>
      Array.from({ length: SENTENCES_PER_PARAGRAPH }, () =>
        pick(source.sentences, random).slice(0, 300),
      ).join(" "),
    ).flatMap((paragraph) => [paragraph, ""]),
  }));
  return makePdf(pages, {
    title: `Generated report ${number}`,
    runningHeader: "Benchmark report",
    pageNumbers: true,
  });
}

/**
 * The real clinical protocols first, then generated reports to reach `count`. Generated
 * files are cached under `cacheDir` (pdftotext needs files), never beside the corpus.
 */
export async function benchmarkPdfs(count: number, cacheDir: string): Promise<BenchmarkPdf[]> {
  const chosen = clinicalPdfs().slice(0, count);
  if (chosen.length < count) fs.mkdirSync(cacheDir, { recursive: true });
  for (let number = 1; chosen.length < count; number += 1) {
    const name = `generated-${String(number).padStart(4, "0")}.pdf`;
    const file = path.join(cacheDir, name);
    if (!fs.existsSync(file)) fs.writeFileSync(file, await generatedPdf(number));
    chosen.push({ name, file, origin: "generated" });
  }
  return chosen;
}
