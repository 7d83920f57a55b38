import { readScopeOf } from "@/lib/access/read-scope";
import { resolveUploadCollection } from "@/lib/access/upload-target";
import { handleRoute } from "@/lib/http/handle-route";
import { importFormLimits } from "@/lib/imports/http/import-form-limits";
import { addToUploadImport } from "@/lib/imports/http/import-upload";
import { readImportForm } from "@/lib/imports/http/read-import-form";
import { MAX_FILES_PER_IMPORT_REQUEST } from "../../schema";
import { importIdParamsSchema } from "../schema";

export const dynamic = "force-dynamic";

/** The next part of a folder upload too large for one request. */
export const POST = handleRoute(
  { scope: "ingest", params: importIdParamsSchema },
  async ({ services, params, request, principal }) => {
    const limits = importFormLimits(services.config, MAX_FILES_PER_IMPORT_REQUEST);
    const form = await readImportForm(request, limits);
    const collectionId = resolveUploadCollection(services, principal, form.collection);
    return Response.json(
      await addToUploadImport(services, params.id, form, limits, {
        collectionId,
        scope: readScopeOf(principal),
      }),
      {
        status: 202,
      },
    );
  },
);
