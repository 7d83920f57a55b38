import { findCollectionByIdOrName } from "@/db/queries/collections";
import type { Principal } from "@/lib/auth/principal";
import { DEFAULT_COLLECTION_ID } from "@/lib/documents/upload-document";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { unknownCollection } from "./collections/require-collection";

/**
 * The collection an upload goes into, from the form's `collection` field (a name or an id;
 * empty means the default collection). Only admins and managers of a collection may add to
 * it. A collection the principal cannot even read gets the same answer as one that does not
 * exist, so uploads cannot be used to probe for collection names.
 */
export function resolveUploadCollection(
  services: Pick<Services, "db">,
  principal: Principal,
  requested: string | null | undefined,
): string {
  const named = requested?.trim() ?? "";
  if (named === "") {
    if (principal.manageableCollectionIds.includes(DEFAULT_COLLECTION_ID)) return DEFAULT_COLLECTION_ID;
    throw new AppError("BAD_REQUEST", `${principal.email} may not upload into the default collection`, {
      userMessage:
        "Choose a collection to upload into (the 'collection' field); you cannot add documents to the default collection.",
    });
  }
  const collection = findCollectionByIdOrName(services.db, named);
  if (!collection || !principal.readableCollectionIds.includes(collection.id)) throw unknownCollection(named);
  if (!principal.manageableCollectionIds.includes(collection.id)) {
    throw new AppError("FORBIDDEN", `${principal.email} may not manage collection ${collection.id}`, {
      userMessage: `You can read the collection ${collection.name} but not add documents to it.`,
    });
  }
  return collection.id;
}
