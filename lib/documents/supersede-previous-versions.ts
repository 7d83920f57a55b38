import {
  listEffectiveReadyVersions,
  listOlderCurrentVersions,
  markSuperseded,
} from "@/db/queries/document-versions";
import { getDocument } from "@/db/queries/documents";
import type { Services } from "@/lib/runtime/services";
import { todayIso } from "./today-iso";

/**
 * Once a newer version is ready and in effect, older versions of the same source stop
 * being retrieved: their index rows go, while the document row and original file stay so
 * answers that cited them still open the exact version and page they cited.
 */
export async function supersedePreviousVersions(
  services: Pick<Services, "db" | "store">,
  documentId: string,
  today = todayIso(),
): Promise<number> {
  const current = getDocument(services.db, documentId);
  if (current?.status !== "ready" || current.supersededBy !== null) return 0;
  if (current.effectiveDate !== null && current.effectiveDate > today) return 0;
  const older = listOlderCurrentVersions(services.db, current);
  for (const previous of older) {
    await services.store.deleteDocument(previous.id);
    markSuperseded(services.db, previous.id, current.id);
  }
  return older.length;
}

/** Applies versions whose effective date has arrived since they were ingested (run periodically). */
export async function applyDueVersions(
  services: Pick<Services, "db" | "store">,
  today = todayIso(),
): Promise<number> {
  let superseded = 0;
  for (const version of listEffectiveReadyVersions(services.db, today)) {
    superseded += await supersedePreviousVersions(services, version.id, today);
  }
  return superseded;
}
