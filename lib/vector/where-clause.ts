import { AppError } from "@/lib/errors/app-error";
import { COLUMN } from "./chunk-table-schema";
import type { VectorFilter } from "./types";

/** Ids are UUIDs in practice; anything outside this set never reaches a `where` string. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export function assertSafeId(id: string, what: string): void {
  if (!SAFE_ID.test(id)) {
    throw new AppError("BAD_REQUEST", `Invalid ${what}: ${JSON.stringify(id.slice(0, 80))}`, {
      userMessage: `The ${what} is not valid.`,
    });
  }
}

/** Validated ids cannot contain quotes; doubling them anyway keeps this safe on its own. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function inList(column: string, ids: string[], what: string): string {
  for (const id of ids) assertSafeId(id, what);
  return `${column} IN (${ids.map(sqlString).join(", ")})`;
}

export type FilterClause = { matchesNothing: true } | { matchesNothing: false; where: string | undefined };

/** Translates a filter into a LanceDB predicate; an empty allow-list short-circuits. */
export function filterClause(filter: VectorFilter | undefined): FilterClause {
  if (!filter) return { matchesNothing: false, where: undefined };
  const { documentIds, collectionIds, excludeDocumentIds } = filter;
  if (documentIds?.length === 0 || collectionIds?.length === 0) return { matchesNothing: true };

  const parts: string[] = [];
  if (documentIds) parts.push(inList(COLUMN.documentId, documentIds, "document id"));
  if (collectionIds) parts.push(inList(COLUMN.collectionId, collectionIds, "collection id"));
  if (excludeDocumentIds && excludeDocumentIds.length > 0) {
    parts.push(`NOT (${inList(COLUMN.documentId, excludeDocumentIds, "document id")})`);
  }
  return { matchesNothing: false, where: parts.length > 0 ? parts.join(" AND ") : undefined };
}

export function documentIdClause(documentId: string): string {
  assertSafeId(documentId, "document id");
  return `${COLUMN.documentId} = ${sqlString(documentId)}`;
}
