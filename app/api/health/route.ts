import { readScopeOf } from "@/lib/access/read-scope";
import { checkHealth } from "@/lib/health/check-health";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// A degraded Quire still answers 200 here: the body says what is degraded, and load
// balancers should only take the node out when the route itself fails.
export const GET = handleRoute({ scope: "read" }, async ({ services, principal }) =>
  Response.json(await checkHealth(services, readScopeOf(principal)), {
    headers: { "cache-control": "no-store" },
  }),
);
