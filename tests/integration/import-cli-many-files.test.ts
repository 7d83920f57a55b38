import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { runQuireCli } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

/**
 * 200 files keep the default run short; QUIRE_IMPORT_TEST_FILES=1000 runs the full-size check
 * (about 2.5 minutes on a 2-core machine).
 */
const FILE_COUNT = Number(process.env.QUIRE_IMPORT_TEST_FILES ?? "200");
const FOLDERS = 20;

let fake: FakeOllama;
const temp = makeTempDir("quire-import-many-");
const corpus = path.join(temp.dir, "corpus");

beforeAll(async () => {
  fake = await startFakeOllama();
  for (let index = 1; index <= FILE_COUNT; index++) {
    const folder = path.join(corpus, `section-${index % FOLDERS}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, `note-${index}.txt`),
      `Note ${index} records observation ${(index * 7) % 113} about item ${(index * 13) % 97}.\n` +
        `A second sentence keeps note ${index} distinct from every other note in the corpus.\n`,
    );
  }
});

afterAll(async () => {
  await fake?.close();
  temp.remove();
});

it(
  `imports a folder of ${FILE_COUNT} small files with live progress and an ETA, and finishes`,
  async () => {
    const jsonFile = path.join(temp.dir, "out.json");
    const result = await runQuireCli(["import", corpus, "--json", jsonFile], {
      QUIRE_DATA_DIR: path.join(temp.dir, "data"),
      OLLAMA_HOST: fake.url,
    });
    console.log(`[import-cli-many-files] ${FILE_COUNT} files imported in ${result.seconds.toFixed(1)} s`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toBe(`imported ${FILE_COUNT} files: ${FILE_COUNT} ready, 0 failed, 0 skipped`);

    // stderr is a pipe here, so progress comes as separate lines every few seconds.
    const progress = result.stderr.split("\n").filter((line) => line.includes("pages/s"));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.some((line) => /ETA \d+(s|m \d\ds)/.test(line))).toBe(true);
    expect(progress.at(-1)).toMatch(
      new RegExp(`${FILE_COUNT}/${FILE_COUNT} · stored ${FILE_COUNT}/${FILE_COUNT} .* done$`),
    );

    const records = JSON.parse(fs.readFileSync(jsonFile, "utf8")) as Array<{ path: string; status: string }>;
    expect(records).toHaveLength(FILE_COUNT);
    expect(records.every((record) => record.status === "ready")).toBe(true);
    expect(new Set(records.map((record) => record.path)).size).toBe(FILE_COUNT);
  },
  Math.max(120_000, FILE_COUNT * 600),
);
