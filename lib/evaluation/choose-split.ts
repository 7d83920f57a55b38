import fs from "node:fs";
import path from "node:path";
import { datasetError } from "./evaluation-error";

/** Held-out splits first: figures on `train` flatter whatever was tuned on it. */
const PREFERRED_SPLITS = ["test", "dev"];

export function qrelsFile(datasetDir: string, split: string): string {
  return path.join(datasetDir, "qrels", `${split}.tsv`);
}

function availableSplits(datasetDir: string): string[] {
  const dir = path.join(datasetDir, "qrels");
  if (!fs.existsSync(dir)) throw datasetError(`Missing directory: ${dir} (expected qrels/<split>.tsv)`);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".tsv"))
    .map((name) => name.slice(0, -".tsv".length))
    .sort();
}

/** The requested split if its qrels exist; otherwise `test`, else `dev`, else the first one found. */
export function chooseSplit(datasetDir: string, requested?: string): string {
  const splits = availableSplits(datasetDir);
  if (requested !== undefined) {
    if (splits.includes(requested)) return requested;
    throw datasetError(
      `No qrels for split "${requested}": ${qrelsFile(datasetDir, requested)} is missing (available: ${splits.join(", ") || "none"})`,
    );
  }
  const chosen = PREFERRED_SPLITS.find((split) => splits.includes(split)) ?? splits[0];
  if (chosen === undefined) throw datasetError(`No qrels/<split>.tsv file in ${datasetDir}`);
  return chosen;
}
