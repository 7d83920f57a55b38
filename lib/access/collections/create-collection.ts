import { randomUUID } from "node:crypto";
import { findCollectionByIdOrName, insertCollection } from "@/db/queries/collections";
import type { CollectionRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseCollectionName } from "@/lib/imports/collection-name";
import type { Services } from "@/lib/runtime/services";

/**
 * A new, empty collection that only admins can read until someone is granted access. Its id is
 * a UUID, so names can later change without touching documents or the index.
 */
export function createCollection(
  services: Pick<Services, "db">,
  rawName: string,
  actor: AuditActor = SYSTEM_ACTOR,
): CollectionRow {
  if (rawName.trim() === "")
    throw new AppError("BAD_REQUEST", "Empty collection name", {
      userMessage: "Give the collection a name.",
    });
  const name = parseCollectionName(rawName);
  // Ids and names are both accepted wherever a collection is named, so neither may shadow the other.
  if (findCollectionByIdOrName(services.db, name)) {
    throw new AppError("CONFLICT", `Collection ${name} exists`, {
      userMessage: `A collection named ${name} already exists.`,
    });
  }
  const collection = insertCollection(services.db, { id: randomUUID(), name });
  appendAuditEvent(services, {
    action: "collection.create",
    actor,
    target: { type: "collection", id: collection.id },
    details: { name },
  });
  return collection;
}
