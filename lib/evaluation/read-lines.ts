import fs from "node:fs";
import readline from "node:readline";
import { datasetError } from "./evaluation-error";

export interface NumberedLine {
  /** 1-based, as editors show it. */
  number: number;
  text: string;
}

/** Streams a text file line by line, so a large corpus never has to fit in one string. */
export async function* readLines(file: string): AsyncGenerator<NumberedLine> {
  if (!fs.existsSync(file)) throw datasetError(`Missing file: ${file}`);
  const input = fs.createReadStream(file, { encoding: "utf8" });
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  try {
    for await (const text of lines) {
      number++;
      yield { number, text };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}
