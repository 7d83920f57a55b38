import { findCollectionByIdOrName } from "@/db/queries/collections";
import type { CollectionRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

/**
 * The collection (by id or name) whose settings the principal may change: admins (with a scope
 * that manages) and managers of that collection. One it cannot read answers 404 exactly like
 * one that does not exist; one it can only read answers 403.
 */
export function requireManagedCollection(
  services: Pick<Services, "db">,
  principal: Principal,
  idOrName: string,
): CollectionRow {
  const collection = findCollectionByIdOrName(services.db, idOrName.trim());
  if (!collection || !principal.readableCollectionIds.includes(collection.id)) {
    throw new AppError("NOT_FOUND", `Collection ${idOrName} not found for ${principal.email}`, {
      userMessage: "Collection not found.",
    });
  }
  if (!principal.manageableCollectionIds.includes(collection.id)) {
    throw new AppError("FORBIDDEN", `${principal.email} may not manage collection ${collection.id}`, {
      userMessage: "You can read this collection but not change its settings.",
    });
  }
  return collection;
}
