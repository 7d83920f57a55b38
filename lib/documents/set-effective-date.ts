import { getDocument, updateDocumentEffectiveDate } from "@/db/queries/documents";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { applyDueVersions } from "./supersede-previous-versions";

/** Sets (or clears, with null) the date from which a version applies, then applies any that are due. */
export async function setEffectiveDate(
  services: Pick<Services, "db" | "store">,
  id: string,
  effectiveDate: string | null,
): Promise<void> {
  const row = getDocument(services.db, id);
  if (!row)
    throw new AppError("NOT_FOUND", `Document ${id} not found`, { userMessage: "Document not found." });
  if (row.supersededBy !== null) {
    throw new AppError("CONFLICT", `Document ${id} is superseded`, {
      userMessage:
        "This version has been replaced by a newer one; set the date on the newest version instead.",
    });
  }
  updateDocumentEffectiveDate(services.db, id, effectiveDate);
  await applyDueVersions(services);
}
