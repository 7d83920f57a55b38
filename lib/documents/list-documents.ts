import { getDocumentInCollections, listDocumentsInCollections } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { type DocumentView, presentDocument } from "./present-document";

/** The documents of the collections the scope may read, newest first. */
export function listDocumentViews(services: Pick<Services, "db">, scope: ReadScope): DocumentView[] {
  const rows = listDocumentsInCollections(services.db, scopeCollectionIds(scope));
  const jobs = latestJobsByDocument(
    services.db,
    rows.filter((r) => r.status === "queued" || r.status === "processing").map((r) => r.id),
  );
  return rows.map((row) => presentDocument(row, jobs.get(row.id)));
}

/** A document outside the scope answers exactly like one that does not exist. */
export function documentNotFound(id: string): AppError {
  return new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
}

export function getDocumentView(services: Pick<Services, "db">, scope: ReadScope, id: string): DocumentView {
  const row = getDocumentInCollections(services.db, id, scopeCollectionIds(scope));
  if (!row) throw documentNotFound(id);
  return presentDocument(row, latestJobsByDocument(services.db, [id]).get(id));
}
