import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEvaluation } from "@/lib/evaluation/run-evaluation";
import type { EvaluationReport, MetricSet } from "@/lib/evaluation/types";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { type Harness, startHarness } from "../support/quire-harness";
import { runNpmScript } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

/** Twelve short documents on unrelated topics, so each query has one obvious answer. */
const CORPUS = [
  [
    "d1",
    "Sourdough starter care",
    "Feed the sourdough starter with flour and water every day and keep it warm.",
  ],
  [
    "d2",
    "Bicycle chain maintenance",
    "Clean the bicycle chain with degreaser, then oil every link of the chain.",
  ],
  ["d3", "Tomato blight", "Blight spreads on tomato leaves in wet weather; remove infected leaves quickly."],
  ["d4", "Volcano eruptions", "Magma rises through the volcano and erupts as lava, ash and gas."],
  ["d5", "Honeybee dances", "Honeybees perform a waggle dance to tell the hive where nectar is."],
  ["d6", "Glacier retreat", "Mountain glaciers are retreating as summers grow warmer and snowfall declines."],
  ["d7", "Chess openings", "The Sicilian defence answers the king's pawn opening in chess."],
  ["d8", "Tide tables", "Tides follow the moon; tide tables list high and low water for each harbour."],
  ["d9", "Lighthouse history", "Lighthouse keepers tended the lamp through the night to guide ships."],
  ["d10", "Espresso extraction", "Espresso extraction takes about thirty seconds at nine bars of pressure."],
  ["d11", "Owl hearing", "Owls locate mice in darkness by hearing; their ears sit at different heights."],
  ["d12", "Sourdough baking temperature", "Bake sourdough loaves hot, with steam, for a crisp crust."],
] as const;

const QUERIES = [
  ["q1", "How often should I feed a sourdough starter?"],
  ["q2", "oil for a bicycle chain"],
  ["q3", "why do glaciers retreat"],
  ["q4", "what does the honeybee waggle dance mean"],
  // No judgments in the test split: never evaluated.
  ["q5", "lighthouse keepers"],
] as const;

const TEST_QRELS = "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td12\t1\nq2\td2\t1\nq3\td6\t1\nq4\td5\t1\n";

const temp = makeTempDir("quire-eval-e2e-");
const datasetDir = path.join(temp.dir, "tiny-beir");

function writeDataset(): void {
  fs.mkdirSync(path.join(datasetDir, "qrels"), { recursive: true });
  const lines = (rows: object[]) => `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`;
  fs.writeFileSync(
    path.join(datasetDir, "corpus.jsonl"),
    lines(CORPUS.map(([_id, title, text]) => ({ _id, title, text }))),
  );
  fs.writeFileSync(
    path.join(datasetDir, "queries.jsonl"),
    lines(QUERIES.map(([_id, text]) => ({ _id, text }))),
  );
  fs.writeFileSync(path.join(datasetDir, "qrels", "test.tsv"), TEST_QRELS);
  // The default split is test, so these judgments must not be the ones used.
  fs.writeFileSync(path.join(datasetDir, "qrels", "train.tsv"), "query-id\tcorpus-id\tscore\nq5\td9\t1\n");
}

function expectMetricSet(metrics: MetricSet | undefined): void {
  expect(Object.keys(metrics ?? {}).sort()).toEqual(["mrr10", "ndcg10", "recall10", "recall100"]);
  for (const value of Object.values(metrics ?? {})) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run eval -- <args>` as a user runs it, in a child process. */
function runEvalCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return runNpmScript("eval", args, env);
}

beforeAll(() => writeDataset());
afterAll(() => temp.remove());

describe("runEvaluation against the real pipeline and the fake Ollama", () => {
  let harness: Harness;
  let report: EvaluationReport;

  beforeAll(async () => {
    harness = await startHarness();
    report = await runEvaluation(
      { services: harness.services, waitForIngest: () => harness.drainQueue() },
      { datasetDir, modes: "all" },
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("reports every mode on the judged queries of the test split", () => {
    expect(report).toMatchObject({
      dataset: "tiny-beir",
      split: "test",
      queries: 4,
      documents: 12,
      skipped: {},
    });
    expect(Object.keys(report.results).sort()).toEqual(["hybrid", "keyword", "vector"]);
    for (const metrics of Object.values(report.results)) expectMetricSet(metrics);
  });

  it("finds the obvious document by keywords, and the graded one in the right order", () => {
    const keyword = report.results.keyword;
    expect(keyword?.mrr10).toBe(1);
    expect(keyword?.recall10).toBe(1);
    expect(keyword?.ndcg10).toBeGreaterThan(0.95);
  });

  it("gives the (bag-of-words) vector and hybrid modes sensible figures too", () => {
    expect(report.results.vector?.recall10).toBe(1);
    expect(report.results.hybrid?.recall10).toBe(1);
    expect(report.results.hybrid?.mrr10).toBeGreaterThan(0.7);
  });

  it("refuses a data directory that already holds documents", async () => {
    await expect(
      runEvaluation(
        { services: harness.services, waitForIngest: () => harness.drainQueue() },
        { datasetDir, modes: ["keyword"] },
      ),
    ).rejects.toThrow(/empty data directory/);
  });
});

describe("npm run eval", { timeout: 120_000 }, () => {
  let fake: FakeOllama;

  beforeAll(async () => {
    fake = await startFakeOllama();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("prints a table and writes the JSON report with --out", async () => {
    const out = path.join(temp.dir, "report.json");
    const run = await runEvalCli(["--dataset", datasetDir, "--out", out], { OLLAMA_HOST: fake.url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/keyword\s+1\.0000/);
    const written = JSON.parse(fs.readFileSync(out, "utf8")) as EvaluationReport;
    expect(written).toMatchObject({ dataset: "tiny-beir", split: "test", queries: 4 });
    expect(Object.keys(written.results).sort()).toEqual(["hybrid", "keyword", "vector"]);
    for (const metrics of Object.values(written.results)) expectMetricSet(metrics);
  });

  it("runs keyword mode with the model host stopped and says why the others were skipped", async () => {
    await fake.stop();
    try {
      const out = path.join(temp.dir, "keyword-only.json");
      const run = await runEvalCli([datasetDir, "--split", "test", "--out", out], { OLLAMA_HOST: fake.url });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/vector\s+skipped: the model host .* is not reachable/);
      expect(run.stdout).toMatch(/hybrid\s+skipped/);
      const written = JSON.parse(fs.readFileSync(out, "utf8")) as EvaluationReport;
      expect(Object.keys(written.results)).toEqual(["keyword"]);
      expect(written.results.keyword?.ndcg10).toBeGreaterThan(0.95);

      const explicit = await runEvalCli([datasetDir, "--mode", "keyword"], { OLLAMA_HOST: fake.url });
      expect(explicit.code, explicit.stderr).toBe(0);
    } finally {
      await fake.start();
    }
  });

  it("prints the settings table and abstention figures, and reuses a kept ingest with --data-dir", async () => {
    const kept = path.join(temp.dir, "kept");
    const args = [datasetDir, "--mode", "keyword", "--data-dir", kept, "--holdout", "0.5", "--calibrate"];
    const first = await runEvalCli([...args, "--out", path.join(temp.dir, "first.json")], {
      OLLAMA_HOST: fake.url,
    });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`kept the ingested corpus in ${kept}`);
    expect(first.stdout).toMatch(/^baseline\s+keyword\s+1\.0000/m);
    expect(first.stdout).toMatch(/^rerank\s+not run: QUIRE_RERANK_MODEL is not set/m);
    expect(first.stdout).toMatch(/^defaults \(.*\)\s+keyword/m);
    expect(first.stdout).toMatch(
      /^keyword\s+unanswerable correctly declined [\d.]+% \(\d\/2\), answerable wrongly declined/m,
    );
    expect(first.stdout).toMatch(/^best keyword coverage: QUIRE_MIN_KEYWORD_COVERAGE=/m);

    const second = await runEvalCli([...args, "--out", path.join(temp.dir, "second.json")], {
      OLLAMA_HOST: fake.url,
    });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`reusing the corpus ingested in ${kept}`);
    expect(second.stdout).toContain("(reused)");
    const read = (name: string) =>
      JSON.parse(fs.readFileSync(path.join(temp.dir, name), "utf8")) as EvaluationReport;
    const [a, b] = [read("first.json"), read("second.json")];
    // The kept copy is never changed: the held-out documents are deleted from a copy each time.
    expect(b.abstention).toEqual(a.abstention);
    expect(b.results).toEqual(a.results);
    const figures = a.abstention?.figures.keyword;
    expect((figures?.answerable ?? 0) + (figures?.unanswerable ?? 0) + (a.abstention?.dropped ?? 0)).toBe(4);
    expect(a.abstention?.removedDocuments).toBeGreaterThan(0);
  });

  it("fails when a mode asked for by name cannot run", async () => {
    await fake.stop();
    try {
      const run = await runEvalCli([datasetDir, "--mode", "hybrid"], { OLLAMA_HOST: fake.url });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Cannot evaluate hybrid retrieval: the model host .* is not reachable/);
    } finally {
      await fake.start();
    }
  });

  it("explains bad input with the file and line", async () => {
    const broken = path.join(temp.dir, "broken");
    fs.cpSync(datasetDir, broken, { recursive: true });
    fs.appendFileSync(path.join(broken, "qrels", "test.tsv"), "q9 only-two-fields\n");
    const run = await runEvalCli([broken, "--mode", "keyword"], { OLLAMA_HOST: fake.url });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("qrels/test.tsv line 7");
  });
});
