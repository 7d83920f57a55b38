import { listCollectionsByIds } from "@/db/queries/collections";
import type { Services } from "@/lib/runtime/services";

export interface CollectionSummary {
  id: string;
  name: string;
}

/** The named collections, sorted by name: for pickers that offer only what a principal may use. */
export function describeCollections(services: Pick<Services, "db">, ids: string[]): CollectionSummary[] {
  return listCollectionsByIds(services.db, ids).map((row) => ({ id: row.id, name: row.name }));
}
