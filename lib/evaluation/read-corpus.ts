import { datasetError } from "./evaluation-error";
import { optionalText, readJsonl, requiredId } from "./read-jsonl";
import type { CorpusDocument } from "./types";

/** corpus.jsonl: `{"_id", "title", "text"}` per line; the title may be missing or empty. */
export async function readCorpus(file: string): Promise<CorpusDocument[]> {
  const documents: CorpusDocument[] = [];
  const seen = new Set<string>();
  for await (const record of readJsonl(file)) {
    const id = requiredId(record, "_id");
    if (seen.has(id)) throw datasetError(`${record.where}: duplicate _id "${id}"`);
    seen.add(id);
    documents.push({ id, title: optionalText(record, "title"), text: optionalText(record, "text") });
  }
  if (documents.length === 0) throw datasetError(`${file} contains no documents`);
  return documents;
}
