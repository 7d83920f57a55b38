import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { handleRoute } from "@/lib/http/handle-route";
import { auditQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

/** The audit trail, filtered and paged, newest first. Admins only. */
export const GET = handleRoute({ scope: "admin", query: auditQuerySchema }, ({ services, query }) => {
  const { limit, offset, target, ...rest } = query;
  const filter = Object.fromEntries(
    Object.entries({ ...rest, targetId: target }).filter(([, value]) => value !== undefined),
  );
  return Response.json(
    { ...listAuditEvents(services, filter, { limit, offset }), limit, offset },
    { headers: { "cache-control": "no-store" } },
  );
});
