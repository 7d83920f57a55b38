import { findCollectionByIdOrName } from "@/db/queries/collections";
import type { CollectionRow } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

export function unknownCollection(idOrName: string): AppError {
  return new AppError("BAD_REQUEST", `No collection ${idOrName}`, {
    userMessage: `There is no collection named ${JSON.stringify(idOrName)}.`,
  });
}

/** The collection named by id or name, for admin tools (the CLI) that may see every collection. */
export function requireCollection(services: Pick<Services, "db">, idOrName: string): CollectionRow {
  const collection = findCollectionByIdOrName(services.db, idOrName.trim());
  if (!collection) throw unknownCollection(idOrName.trim());
  return collection;
}
