import { readScopeOf } from "@/lib/access/read-scope";
import { handleRoute } from "@/lib/http/handle-route";
import { getImportBatchView } from "@/lib/imports/batch/import-batch-view";
import { importIdParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute(
  { scope: "read", params: importIdParamsSchema },
  ({ services, params, principal }) =>
    Response.json(getImportBatchView(services, readScopeOf(principal), params.id), {
      headers: { "cache-control": "no-store" },
    }),
);
