import { listDocumentViews } from "@/lib/documents/list-documents";
import { readUploadForm } from "@/lib/documents/read-upload-form";
import { uploadDocuments } from "@/lib/documents/upload-documents";
import { handleRoute } from "@/lib/http/handle-route";
import { MAX_FILES_PER_UPLOAD, UPLOAD_FILE_FIELD } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute({}, ({ services }) =>
  Response.json({ documents: listDocumentViews(services) }, { headers: { "cache-control": "no-store" } }),
);

export const POST = handleRoute({}, async ({ services, request }) => {
  const files = await readUploadForm(request, {
    fieldName: UPLOAD_FILE_FIELD,
    maxFiles: MAX_FILES_PER_UPLOAD,
    maxFileBytes: services.config.maxUploadBytes,
  });
  const documents = await uploadDocuments(services, files);
  return Response.json({ documents }, { status: 202 });
});
