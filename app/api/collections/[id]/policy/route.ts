import { requireManagedCollection } from "@/lib/access/collections/require-managed-collection";
import { userActor } from "@/lib/audit/audit-event";
import { handleRoute } from "@/lib/http/handle-route";
import { getSensitivePolicy, setSensitivePolicy } from "@/lib/pii/policy-store";
import { collectionParamsSchema, policyBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/** The collection's sensitive data policy (the default until one was set). */
export const GET = handleRoute(
  { scope: "ingest", params: collectionParamsSchema },
  ({ services, params, principal }) => {
    const collection = requireManagedCollection(services, principal, params.id);
    return Response.json(
      {
        collection: { id: collection.id, name: collection.name },
        policy: getSensitivePolicy(services, collection.id),
      },
      { headers: { "cache-control": "no-store" } },
    );
  },
);

/** Replaces the policy; applies to documents processed from now on and to every later answer. */
export const PUT = handleRoute(
  { scope: "ingest", params: collectionParamsSchema, body: policyBodySchema },
  ({ services, params, body, principal }) => {
    const collection = requireManagedCollection(services, principal, params.id);
    const policy = setSensitivePolicy(services, collection.id, body, userActor(principal));
    return Response.json({ collection: { id: collection.id, name: collection.name }, policy });
  },
);
