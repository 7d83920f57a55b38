import { describeCollections } from "@/lib/access/collections/list-collections";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** Who is signed in, how, and which collections they may read and upload into. */
export const GET = handleRoute({ scope: "read" }, ({ services, principal }) =>
  Response.json(
    {
      user: { id: principal.userId, email: principal.email, name: principal.name, role: principal.role },
      via: principal.via,
      scope: principal.scope,
      collections: {
        readable: describeCollections(services, principal.readableCollectionIds),
        manageable: describeCollections(services, principal.manageableCollectionIds),
      },
    },
    { headers: { "cache-control": "no-store" } },
  ),
);
