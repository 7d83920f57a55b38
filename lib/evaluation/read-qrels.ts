import path from "node:path";
import { datasetError } from "./evaluation-error";
import { readLines } from "./read-lines";

const HEADER = /^query-id\tcorpus-id\tscore$/i;

/**
 * qrels/<split>.tsv: a `query-id corpus-id score` header, then one judgment per line.
 * Grades of 0 or less mean "judged not relevant" and are dropped: they add no gain
 * to nDCG and are not counted by recall.
 */
export async function readQrels(file: string): Promise<Map<string, Map<string, number>>> {
  const name = `qrels/${path.basename(file)}`;
  const judgments = new Map<string, Map<string, number>>();
  for await (const line of readLines(file)) {
    const text = line.text.trim();
    if (text === "" || (line.number === 1 && HEADER.test(text.replace(/\s+/g, "\t")))) continue;
    const [queryId, corpusId, score, ...rest] = text.split(/\s+/);
    const grade = Number(score);
    if (!queryId || !corpusId || score === undefined || rest.length > 0 || !Number.isFinite(grade)) {
      throw datasetError(
        `${name} line ${line.number}: expected "query-id<TAB>corpus-id<TAB>score", got ${JSON.stringify(text.slice(0, 80))}`,
      );
    }
    if (grade <= 0) continue;
    const forQuery = judgments.get(queryId) ?? new Map<string, number>();
    forQuery.set(corpusId, Math.max(grade, forQuery.get(corpusId) ?? 0));
    judgments.set(queryId, forQuery);
  }
  return judgments;
}
