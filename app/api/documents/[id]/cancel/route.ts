import { assertMayManageDocument } from "@/lib/access/document-access";
import { readScopeOf } from "@/lib/access/read-scope";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { cancelDocument } from "@/lib/documents/cancel-document";
import { handleRoute } from "@/lib/http/handle-route";
import { cancelDocumentParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** Queued or processing -> failed with reason "cancelled"; 409 for any other status. */
export const POST = handleRoute(
  { scope: "ingest", params: cancelDocumentParamsSchema },
  async ({ services, params, principal }) => {
    assertMayManageDocument(services, principal, params.id);
    const cancelled = await cancelDocument(services, readScopeOf(principal), params.id);
    appendAuditEvent(services, {
      action: "document.cancel",
      actor: userActor(principal),
      target: { type: "document", id: params.id },
    });
    return Response.json(cancelled, {
      headers: { "cache-control": "no-store" },
    });
  },
);
