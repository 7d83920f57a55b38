import { requeueFailedDocument } from "@/db/queries/jobs";
import type { ReadScope } from "@/lib/access/read-scope";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { getDocumentView } from "./list-documents";
import type { DocumentView } from "./present-document";

const CONFLICT_MESSAGES: Record<string, string> = {
  ready: "This document is already ready; there is nothing to retry.",
  queued: "This document is already queued.",
  processing: "This document is being processed already.",
};

/** Queues a failed or cancelled document again with a fresh job, from the stored original. */
export function retryDocument(services: Pick<Services, "db">, scope: ReadScope, id: string): DocumentView {
  const outcome = requeueFailedDocument(services.db, id);
  if (outcome.kind === "not_found") {
    throw new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
  }
  if (outcome.kind === "conflict") {
    throw new AppError("CONFLICT", `Document ${id} is ${outcome.status}; nothing to retry`, {
      userMessage: CONFLICT_MESSAGES[outcome.status] ?? "Only failed documents can be retried.",
    });
  }
  return getDocumentView(services, scope, id);
}
