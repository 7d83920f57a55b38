import { getDocument } from "@/db/queries/documents";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

/**
 * Refuses changes (delete, effective date, cancel, retry) to a document outside the
 * collections the principal manages. A document it cannot read answers 404 exactly like one
 * that does not exist; one it can read but not manage answers 403.
 */
export function assertMayManageDocument(
  services: Pick<Services, "db">,
  principal: Principal,
  documentId: string,
): void {
  const document = getDocument(services.db, documentId);
  if (!document || !principal.readableCollectionIds.includes(document.collectionId)) {
    throw new AppError("NOT_FOUND", `Document ${documentId} not found for ${principal.email}`, {
      userMessage: "Document not found.",
    });
  }
  if (!principal.manageableCollectionIds.includes(document.collectionId)) {
    throw new AppError("FORBIDDEN", `${principal.email} may not manage collection ${document.collectionId}`, {
      userMessage: "You can read this document but not change it.",
    });
  }
}
