import { listCollectionIds } from "@/db/queries/collections";
import { grantsReaching } from "@/db/queries/grants";
import type { Role, Scope } from "@/lib/auth/roles";
import { scopeCovers } from "@/lib/auth/roles";
import type { Services } from "@/lib/runtime/services";

export interface CollectionAccess {
  readableCollectionIds: string[];
  manageableCollectionIds: string[];
}

/**
 * Which collections a user may read and manage in a request of the given scope. Admins reach
 * every collection. Everyone else reaches what is granted to them or to one of their groups;
 * manage implies read; managing needs at least the ingest scope (an editor's session, or a
 * token with ingest), so a reader with a manage grant, or a read-only token, manages nothing.
 */
export function computeCollectionAccess(
  services: Pick<Services, "db">,
  user: { id: string; role: Role },
  groupIds: string[],
  scope: Scope,
): CollectionAccess {
  const mayManage = scopeCovers(scope, "ingest");
  if (user.role === "admin") {
    const all = listCollectionIds(services.db);
    return { readableCollectionIds: all, manageableCollectionIds: mayManage ? all : [] };
  }
  const readable = new Set<string>();
  const manageable = new Set<string>();
  for (const grant of grantsReaching(services.db, user.id, groupIds)) {
    readable.add(grant.collectionId);
    if (grant.access === "manage" && mayManage) manageable.add(grant.collectionId);
  }
  return { readableCollectionIds: [...readable].sort(), manageableCollectionIds: [...manageable].sort() };
}
