import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** Re-hashes the whole trail: `{intact, events, head, break}`. Admins only. */
export const GET = handleRoute({ scope: "admin" }, ({ services }) =>
  Response.json(verifyAuditTrail(services), { headers: { "cache-control": "no-store" } }),
);
