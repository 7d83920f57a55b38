import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseSplit } from "@/lib/evaluation/choose-split";
import { corpusDocumentUpload } from "@/lib/evaluation/corpus-upload";
import { loadBeirDataset } from "@/lib/evaluation/load-beir-dataset";
import { rankCorpusIds } from "@/lib/evaluation/rank-corpus-ids";
import { makeTempDir } from "../support/temp-dir";

let temp: { dir: string; remove: () => void };
let dir: string;

function write(relative: string, content: string): void {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function writeValidDataset(): void {
  write(
    "corpus.jsonl",
    [
      '{"_id": "d1", "title": "Aspirin", "text": "Aspirin thins the blood."}',
      "",
      '{"_id": 2, "text": "No title here."}',
    ].join("\n"),
  );
  write("queries.jsonl", '{"_id": "q1", "text": "blood thinner"}\n{"_id": "q2", "text": "unjudged"}\n');
  write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\t2\t1\nq1\td9\t0\nq2\td1\t0\n");
}

beforeEach(() => {
  temp = makeTempDir("quire-eval-dataset-");
  dir = path.join(temp.dir, "mini");
  fs.mkdirSync(dir);
});
afterEach(() => temp.remove());

describe("loadBeirDataset", () => {
  it("reads corpus, queries and graded judgments, keeping only judged queries", async () => {
    writeValidDataset();
    const dataset = await loadBeirDataset(dir);
    expect(dataset.name).toBe("mini");
    expect(dataset.split).toBe("dev");
    expect(dataset.corpus).toEqual([
      { id: "d1", title: "Aspirin", text: "Aspirin thins the blood." },
      { id: "2", title: "", text: "No title here." },
    ]);
    // q2 has only a 0 grade: not relevant to anything, so not evaluated.
    expect(dataset.queries).toEqual([{ id: "q1", text: "blood thinner" }]);
    expect([...(dataset.judgments.get("q1") ?? [])]).toEqual([
      ["d1", 2],
      ["2", 1],
    ]);
  });

  it("names the missing file", async () => {
    writeValidDataset();
    fs.rmSync(path.join(dir, "queries.jsonl"));
    await expect(loadBeirDataset(dir)).rejects.toThrow(`Missing file: ${path.join(dir, "queries.jsonl")}`);
  });

  it("names the file and line of malformed JSON", async () => {
    writeValidDataset();
    write("corpus.jsonl", '{"_id": "d1", "text": "fine"}\n{"_id": "d2", "text": \n');
    await expect(loadBeirDataset(dir)).rejects.toThrow(/corpus\.jsonl line 2: not valid JSON/);
  });

  it("names the file and line of a record without an id", async () => {
    writeValidDataset();
    write("queries.jsonl", '{"_id": "q1", "text": "a"}\n{"text": "no id"}\n');
    await expect(loadBeirDataset(dir)).rejects.toThrow(
      'queries.jsonl line 2: "_id" must be a non-empty string',
    );
  });

  it("rejects duplicate corpus ids", async () => {
    writeValidDataset();
    write("corpus.jsonl", '{"_id": "d1", "text": "a"}\n{"_id": "d1", "text": "b"}\n');
    await expect(loadBeirDataset(dir)).rejects.toThrow('corpus.jsonl line 2: duplicate _id "d1"');
  });

  it("names the qrels line that is not query, document, score", async () => {
    writeValidDataset();
    write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\tmaybe\n");
    await expect(loadBeirDataset(dir)).rejects.toThrow(/qrels\/dev\.tsv line 3: expected/);
  });

  it("fails clearly when no judged query exists", async () => {
    writeValidDataset();
    write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq7\td1\t1\n");
    await expect(loadBeirDataset(dir)).rejects.toThrow(/No query in queries\.jsonl has a relevant document/);
  });
});

describe("chooseSplit", () => {
  it.each([
    { files: ["train", "test", "dev"], expected: "test" },
    { files: ["train", "dev"], expected: "dev" },
    { files: ["validation", "train"], expected: "train" },
  ])("prefers test, then dev, then the first file: $files -> $expected", ({ files, expected }) => {
    for (const name of files) write(`qrels/${name}.tsv`, "query-id\tcorpus-id\tscore\n");
    expect(chooseSplit(dir)).toBe(expected);
  });

  it("lists the splits there are when the one asked for is missing", () => {
    write("qrels/train.tsv", "");
    write("qrels/dev.tsv", "");
    expect(() => chooseSplit(dir, "test")).toThrow(/No qrels for split "test".*available: dev, train/);
  });

  it("says where qrels were expected", () => {
    expect(() => chooseSplit(dir)).toThrow(/Missing directory: .*qrels/);
  });
});

describe("corpusDocumentUpload", () => {
  const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

  it("makes a Markdown file with the title as its heading", () => {
    const upload = corpusDocumentUpload({ id: "MED-14", title: "Statins\nand cancer", text: "Body text." });
    expect(upload?.filename).toBe("Statins and cancer MED-14.md");
    expect(decode(upload?.bytes)).toBe("# Statins and cancer\n\nBody text.\n");
  });

  it("leaves out an empty title, replaces odd file-name characters, and skips empty documents", () => {
    const upload = corpusDocumentUpload({ id: "a/b c", title: " ", text: "Only text." });
    expect(upload?.filename).toBe("a_b c.md");
    expect(decode(upload?.bytes)).toBe("Only text.\n");
    expect(corpusDocumentUpload({ id: "x", title: "", text: "  " })).toBeNull();
  });
});

describe("rankCorpusIds", () => {
  it("ranks each document at its best chunk and expands duplicates", () => {
    const byDocument = new Map([
      ["doc-a", ["a"]],
      ["doc-b", ["b", "b-copy"]],
    ]);
    const hits = ["doc-b", "doc-a", "doc-b", "doc-unknown", "doc-a"].map((documentId) => ({ documentId }));
    expect(rankCorpusIds(hits, byDocument)).toEqual(["b", "b-copy", "a"]);
  });
});
