import { handleRoute } from "@/lib/http/handle-route";
import { getImportBatchView } from "@/lib/imports/batch/import-batch-view";
import { importIdParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute({ scope: "read", params: importIdParamsSchema }, ({ services, params }) =>
  Response.json(getImportBatchView(services, params.id), { headers: { "cache-control": "no-store" } }),
);
