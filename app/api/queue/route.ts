import { readScopeOf } from "@/lib/access/read-scope";
import { readQueueStatus } from "@/lib/documents/queue-status";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** Ingest progress: documents per status, recent pages per second, and the time left. */
export const GET = handleRoute({ scope: "read" }, ({ services, principal }) =>
  Response.json(readQueueStatus(services, readScopeOf(principal)), {
    headers: { "cache-control": "no-store" },
  }),
);
