import type { IndexedChunk } from "@/lib/domain/types";
import { COLUMN } from "./chunk-table-schema";
import type { StoredHit } from "./types";
import { assertSafeId } from "./where-clause";

export type ChunkRow = Record<string, string | number | boolean | number[] | null>;

/** Ids end up in `where` strings (deletes, filters), so they are checked on the way in. */
export function assertChunkIds(chunk: IndexedChunk): void {
  assertSafeId(chunk.chunkId, "chunk id");
  assertSafeId(chunk.documentId, "document id");
  assertSafeId(chunk.collectionId, "collection id");
}

/** `withVectorColumn` is false before the first vector: the column does not exist yet. */
export function chunkToRow(chunk: IndexedChunk, withVectorColumn: boolean): ChunkRow {
  const row: ChunkRow = {
    [COLUMN.chunkId]: chunk.chunkId,
    [COLUMN.documentId]: chunk.documentId,
    [COLUMN.collectionId]: chunk.collectionId,
    [COLUMN.title]: chunk.title,
    [COLUMN.text]: chunk.text,
    [COLUMN.pageStart]: chunk.pageStart,
    [COLUMN.pageEnd]: chunk.pageEnd,
    [COLUMN.headingPath]: JSON.stringify(chunk.headingPath),
    [COLUMN.pageLabel]: chunk.pageLabel ?? "",
    [COLUMN.ocr]: chunk.ocr ?? false,
  };
  if (withVectorColumn) row[COLUMN.vector] = chunk.vector;
  return row;
}

/** Later rows win, as they would had the batch been written one chunk at a time. */
export function lastPerKey<T>(items: T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}

function readString(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  return typeof value === "string" ? value : "";
}

function readNumber(row: Record<string, unknown>, column: string): number {
  const value = row[column];
  return typeof value === "number" ? value : Number(value ?? 0);
}

function readHeadingPath(row: Record<string, unknown>): string[] {
  try {
    const parsed: unknown = JSON.parse(readString(row, COLUMN.headingPath));
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function rowToStoredHit(row: Record<string, unknown>, score: number): StoredHit {
  const pageLabel = readString(row, COLUMN.pageLabel);
  return {
    chunkId: readString(row, COLUMN.chunkId),
    documentId: readString(row, COLUMN.documentId),
    collectionId: readString(row, COLUMN.collectionId),
    title: readString(row, COLUMN.title),
    text: readString(row, COLUMN.text),
    pageStart: readNumber(row, COLUMN.pageStart),
    pageEnd: readNumber(row, COLUMN.pageEnd),
    headingPath: readHeadingPath(row),
    ...(pageLabel ? { pageLabel } : {}),
    ocr: row[COLUMN.ocr] === true,
    score,
  };
}
