import path from "node:path";
import { datasetError } from "./evaluation-error";
import { readLines } from "./read-lines";

export interface JsonRecord {
  /** "corpus.jsonl line 12", for error messages about this record. */
  where: string;
  fields: Record<string, unknown>;
}

/** One JSON object per non-blank line; anything else stops with the file name and line number. */
export async function* readJsonl(file: string): AsyncGenerator<JsonRecord> {
  const name = path.basename(file);
  for await (const line of readLines(file)) {
    if (line.text.trim() === "") continue;
    const where = `${name} line ${line.number}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line.text);
    } catch (error) {
      throw datasetError(`${where}: not valid JSON (${error instanceof Error ? error.message : error})`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw datasetError(`${where}: expected a JSON object`);
    }
    yield { where, fields: parsed as Record<string, unknown> };
  }
}

/** BEIR ids are strings, but some exporters write numbers; both mean the same id. */
export function requiredId(record: JsonRecord, field: string): string {
  const value = record.fields[field];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  throw datasetError(`${record.where}: "${field}" must be a non-empty string`);
}

export function optionalText(record: JsonRecord, field: string): string {
  const value = record.fields[field];
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw datasetError(`${record.where}: "${field}" must be a string`);
  return value;
}
