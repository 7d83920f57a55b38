import { readScopeOf } from "@/lib/access/read-scope";
import { resolveUploadCollection } from "@/lib/access/upload-target";
import { userActor } from "@/lib/audit/audit-event";
import { handleRoute } from "@/lib/http/handle-route";
import { listImportBatchViews } from "@/lib/imports/batch/import-batch-view";
import { importFormLimits } from "@/lib/imports/http/import-form-limits";
import { startUploadImport } from "@/lib/imports/http/import-upload";
import { readImportForm } from "@/lib/imports/http/read-import-form";
import { listImportsQuerySchema, MAX_FILES_PER_IMPORT_REQUEST } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute(
  { scope: "read", query: listImportsQuerySchema },
  ({ services, query, principal }) =>
    Response.json(
      { imports: listImportBatchViews(services, readScopeOf(principal), query.limit) },
      { headers: { "cache-control": "no-store" } },
    ),
);

export const POST = handleRoute({ scope: "ingest" }, async ({ services, request, principal }) => {
  const limits = importFormLimits(services.config, MAX_FILES_PER_IMPORT_REQUEST);
  const form = await readImportForm(request, limits);
  const collectionId = resolveUploadCollection(services, principal, form.collection);
  return Response.json(
    await startUploadImport(services, form, limits, {
      collectionId,
      scope: readScopeOf(principal),
      actor: userActor(principal),
    }),
    { status: 202 },
  );
});
