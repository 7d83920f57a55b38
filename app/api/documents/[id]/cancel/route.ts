import { assertMayManageDocument } from "@/lib/access/document-access";
import { cancelDocument } from "@/lib/documents/cancel-document";
import { handleRoute } from "@/lib/http/handle-route";
import { cancelDocumentParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** Queued or processing -> failed with reason "cancelled"; 409 for any other status. */
export const POST = handleRoute(
  { scope: "ingest", params: cancelDocumentParamsSchema },
  async ({ services, params, principal }) => {
    assertMayManageDocument(services, principal, params.id);
    return Response.json(await cancelDocument(services, params.id), {
      headers: { "cache-control": "no-store" },
    });
  },
);
