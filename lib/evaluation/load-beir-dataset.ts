import fs from "node:fs";
import path from "node:path";
import { chooseSplit, qrelsFile } from "./choose-split";
import { datasetError } from "./evaluation-error";
import { readCorpus } from "./read-corpus";
import { readQrels } from "./read-qrels";
import { readQueries } from "./read-queries";
import type { BeirDataset } from "./types";

/**
 * Reads a dataset in the BEIR layout: corpus.jsonl, queries.jsonl and qrels/<split>.tsv.
 * Only queries with at least one relevant document are kept: the others have no
 * defined nDCG or recall.
 */
export async function loadBeirDataset(datasetDir: string, requestedSplit?: string): Promise<BeirDataset> {
  const dir = path.resolve(datasetDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw datasetError(`Dataset directory not found: ${dir}`);
  }
  const split = chooseSplit(dir, requestedSplit);
  const qrels = await readQrels(qrelsFile(dir, split));
  const allQueries = await readQueries(path.join(dir, "queries.jsonl"));
  const corpus = await readCorpus(path.join(dir, "corpus.jsonl"));

  const queries = [...allQueries].filter(([id]) => qrels.has(id)).map(([id, text]) => ({ id, text }));
  if (queries.length === 0) {
    throw datasetError(`No query in queries.jsonl has a relevant document in qrels/${split}.tsv`);
  }
  return { name: path.basename(dir), split, corpus, queries, judgments: qrels };
}
