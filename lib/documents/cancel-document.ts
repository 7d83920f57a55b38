import { replaceDocumentChunks } from "@/db/queries/chunks";
import { cancelDocumentJob } from "@/db/queries/jobs";
import type { ReadScope } from "@/lib/access/read-scope";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { getDocumentView } from "./list-documents";
import type { DocumentView } from "./present-document";

export const CANCELLED_MESSAGE = "Processing was cancelled.";

/**
 * Cancels a queued or processing document: it becomes failed with reason "cancelled" at once.
 * A queued job never started, so what an interrupted earlier run may have indexed is removed
 * here; a running job is stopped by its worker, which removes what it indexed.
 */
export async function cancelDocument(
  services: Pick<Services, "db" | "store">,
  scope: ReadScope,
  id: string,
): Promise<DocumentView> {
  const outcome = cancelDocumentJob(services.db, id, CANCELLED_MESSAGE);
  if (outcome.kind === "not_found") {
    throw new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
  }
  if (outcome.kind === "not_active") {
    throw new AppError("CONFLICT", `Document ${id} is ${outcome.status}; nothing to cancel`, {
      userMessage: `Only queued or processing documents can be cancelled; this one is ${outcome.status}.`,
    });
  }
  if (!outcome.wasRunning) {
    replaceDocumentChunks(services.db, id, []);
    await services.store.deleteDocument(id);
  }
  return getDocumentView(services, scope, id);
}
