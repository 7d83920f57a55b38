import { readScopeOf } from "@/lib/access/read-scope";
import { resolveUploadCollection } from "@/lib/access/upload-target";
import { userActor } from "@/lib/audit/audit-event";
import { listDocumentViews } from "@/lib/documents/list-documents";
import { readUploadForm } from "@/lib/documents/read-upload-form";
import { uploadDocuments } from "@/lib/documents/upload-documents";
import { handleRoute } from "@/lib/http/handle-route";
import { MAX_FILES_PER_UPLOAD, UPLOAD_COLLECTION_FIELD, UPLOAD_FILE_FIELD } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute({ scope: "read" }, ({ services, principal }) =>
  Response.json(
    { documents: listDocumentViews(services, readScopeOf(principal)) },
    { headers: { "cache-control": "no-store" } },
  ),
);

export const POST = handleRoute({ scope: "ingest" }, async ({ services, request, principal }) => {
  const form = await readUploadForm(request, {
    fieldName: UPLOAD_FILE_FIELD,
    collectionField: UPLOAD_COLLECTION_FIELD,
    maxFiles: MAX_FILES_PER_UPLOAD,
    maxFileBytes: services.config.maxUploadBytes,
  });
  const collectionId = resolveUploadCollection(services, principal, form.collection);
  const documents = await uploadDocuments(services, form.files, {
    collectionId,
    actor: userActor(principal),
  });
  return Response.json({ documents }, { status: 202 });
});
