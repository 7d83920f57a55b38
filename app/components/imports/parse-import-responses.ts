import { isRecord } from "../api/guards";
import type { ApiImportBatch } from "./import-types";

function isBatch(value: unknown): value is ApiImportBatch {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.total === "number" &&
    typeof value.finished === "boolean" &&
    isRecord(value.counts)
  );
}

export function parseImportBatch(body: unknown): ApiImportBatch | null {
  return isBatch(body) ? body : null;
}

export function parseImportStarted(body: unknown): ApiImportBatch | null {
  return isRecord(body) && isBatch(body.batch) ? body.batch : null;
}

export function parseImportList(body: unknown): ApiImportBatch[] | null {
  if (!isRecord(body) || !Array.isArray(body.imports)) return null;
  return body.imports.filter(isBatch);
}
