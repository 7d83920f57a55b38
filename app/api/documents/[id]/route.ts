import { assertMayManageDocument } from "@/lib/access/document-access";
import { readScopeOf } from "@/lib/access/read-scope";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { deleteDocument } from "@/lib/documents/delete-document";
import { getDocumentView } from "@/lib/documents/list-documents";
import { setEffectiveDate } from "@/lib/documents/set-effective-date";
import { handleRoute } from "@/lib/http/handle-route";
import { documentIdParamsSchema } from "../schema";
import { updateDocumentBodySchema } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute(
  { scope: "read", params: documentIdParamsSchema },
  ({ services, params, principal }) =>
    Response.json(getDocumentView(services, readScopeOf(principal), params.id), {
      headers: { "cache-control": "no-store" },
    }),
);

export const DELETE = handleRoute(
  { scope: "ingest", params: documentIdParamsSchema },
  async ({ services, params, principal }) => {
    assertMayManageDocument(services, principal, params.id);
    await deleteDocument(services, params.id);
    appendAuditEvent(services, {
      action: "document.delete",
      actor: userActor(principal),
      target: { type: "document", id: params.id },
    });
    return new Response(null, { status: 204 });
  },
);

/** Sets the date from which this version applies (null: at once). */
export const PATCH = handleRoute(
  { scope: "ingest", params: documentIdParamsSchema, body: updateDocumentBodySchema },
  async ({ services, params, body, principal }) => {
    assertMayManageDocument(services, principal, params.id);
    await setEffectiveDate(services, params.id, body.effectiveDate);
    appendAuditEvent(services, {
      action: "document.update",
      actor: userActor(principal),
      target: { type: "document", id: params.id },
      details: { effectiveDate: body.effectiveDate },
    });
    return Response.json(getDocumentView(services, readScopeOf(principal), params.id));
  },
);
