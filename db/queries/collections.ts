import { asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../client";
import { type CollectionRow, collections } from "../schema";

export function insertCollection(db: Db, row: { id: string; name: string }): CollectionRow {
  return db.insert(collections).values(row).returning().get();
}

/** A collection named by its id or its name (ids and names share one namespace in practice). */
export function findCollectionByIdOrName(db: Db, idOrName: string): CollectionRow | undefined {
  return db
    .select()
    .from(collections)
    .where(or(eq(collections.id, idOrName), eq(collections.name, idOrName)))
    .orderBy(asc(collections.createdAt))
    .get();
}

export function findCollectionByName(db: Db, name: string): CollectionRow | undefined {
  return db.select().from(collections).where(eq(collections.name, name)).get();
}

export function listCollectionIds(db: Db): string[] {
  return db
    .select({ id: collections.id })
    .from(collections)
    .all()
    .map((row) => row.id);
}

export function listCollectionsByIds(db: Db, ids: string[]): CollectionRow[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(collections)
    .where(inArray(collections.id, ids))
    .orderBy(asc(collections.name))
    .all();
}
