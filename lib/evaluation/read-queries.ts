import { datasetError } from "./evaluation-error";
import { optionalText, readJsonl, requiredId } from "./read-jsonl";

/** queries.jsonl: `{"_id", "text"}` per line, returned as id -> text in file order. */
export async function readQueries(file: string): Promise<Map<string, string>> {
  const queries = new Map<string, string>();
  for await (const record of readJsonl(file)) {
    const id = requiredId(record, "_id");
    if (queries.has(id)) throw datasetError(`${record.where}: duplicate _id "${id}"`);
    queries.set(id, optionalText(record, "text"));
  }
  return queries;
}
