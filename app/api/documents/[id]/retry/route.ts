import { assertMayManageDocument } from "@/lib/access/document-access";
import { readScopeOf } from "@/lib/access/read-scope";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { retryDocument } from "@/lib/documents/retry-document";
import { handleRoute } from "@/lib/http/handle-route";
import { retryDocumentParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** Failed (or cancelled) -> queued with a fresh job: 202; 409 when ready, queued or processing. */
export const POST = handleRoute(
  { scope: "ingest", params: retryDocumentParamsSchema },
  ({ services, params, principal }) => {
    assertMayManageDocument(services, principal, params.id);
    const retried = retryDocument(services, readScopeOf(principal), params.id);
    appendAuditEvent(services, {
      action: "document.retry",
      actor: userActor(principal),
      target: { type: "document", id: params.id },
    });
    return Response.json(retried, {
      status: 202,
      headers: { "cache-control": "no-store" },
    });
  },
);
