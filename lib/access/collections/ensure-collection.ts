import { findCollectionByIdOrName } from "@/db/queries/collections";
import type { CollectionRow } from "@/db/schema";
import type { Services } from "@/lib/runtime/services";
import { createCollection } from "./create-collection";

/**
 * The collection named by id or name, created when missing. Only for the operator's own tools
 * (`quire import` and `watch`), which run with full access to the data directory anyway; the
 * HTTP API never creates collections implicitly.
 */
export function ensureCollection(services: Pick<Services, "db">, idOrName: string): CollectionRow {
  return findCollectionByIdOrName(services.db, idOrName.trim()) ?? createCollection(services, idOrName);
}
