import type { AuditActor } from "@/lib/audit/audit-event";
import type { Services } from "@/lib/runtime/services";
import { detectType } from "./detect-type";
import type { UploadedFile } from "./read-upload-form";
import { type UploadResult, uploadDocument } from "./upload-document";

/**
 * Checks every file's type before storing any, so a request with one bad file stores
 * nothing and the error names that file.
 */
export async function uploadDocuments(
  services: Pick<Services, "db" | "config">,
  files: UploadedFile[],
  target: { collectionId: string; actor?: AuditActor },
): Promise<UploadResult[]> {
  for (const file of files) detectType(file.bytes, file.filename, file.declaredType);
  const results: UploadResult[] = [];
  for (const file of files) {
    results.push(
      await uploadDocument(services, {
        filename: file.filename,
        declaredType: file.declaredType,
        bytes: file.bytes,
        collectionId: target.collectionId,
        ...(target.actor ? { actor: target.actor } : {}),
      }),
    );
  }
  return results;
}
