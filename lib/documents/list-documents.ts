import { getDocument, listDocuments } from "@/db/queries/documents";
import { latestJobsByDocument } from "@/db/queries/jobs";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { type DocumentView, presentDocument } from "./present-document";

export function listDocumentViews(services: Pick<Services, "db">): DocumentView[] {
  const rows = listDocuments(services.db);
  const jobs = latestJobsByDocument(
    services.db,
    rows.filter((r) => r.status === "queued" || r.status === "processing").map((r) => r.id),
  );
  return rows.map((row) => presentDocument(row, jobs.get(row.id)));
}

export function getDocumentView(services: Pick<Services, "db">, id: string): DocumentView {
  const row = getDocument(services.db, id);
  if (!row)
    throw new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
  return presentDocument(row, latestJobsByDocument(services.db, [id]).get(id));
}
