import { assertMayManageDocument } from "@/lib/access/document-access";
import { retryDocument } from "@/lib/documents/retry-document";
import { handleRoute } from "@/lib/http/handle-route";
import { retryDocumentParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** Failed (or cancelled) -> queued with a fresh job: 202; 409 when ready, queued or processing. */
export const POST = handleRoute(
  { scope: "ingest", params: retryDocumentParamsSchema },
  ({ services, params, principal }) => {
    assertMayManageDocument(services, principal, params.id);
    return Response.json(retryDocument(services, params.id), {
      status: 202,
      headers: { "cache-control": "no-store" },
    });
  },
);
