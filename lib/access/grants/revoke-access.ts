import { deleteGrant } from "@/db/queries/grants";
import { requireUserByEmail } from "@/lib/auth/users/require-user";
import type { Services } from "@/lib/runtime/services";
import { requireCollection } from "../collections/require-collection";
import { requireGroup } from "../groups/require-group";
import type { GranteeName } from "./grant-access";

/**
 * Takes a user's or group's grant on a collection away. Access is read from grants on every
 * request, so the next request of anyone it reached no longer sees the collection.
 */
export function revokeAccess(
  services: Pick<Services, "db">,
  input: { collection: string; grantee: GranteeName },
): boolean {
  const collection = requireCollection(services, input.collection);
  const grantee =
    "userEmail" in input.grantee
      ? { kind: "user" as const, userId: requireUserByEmail(services, input.grantee.userEmail).id }
      : { kind: "group" as const, groupId: requireGroup(services, input.grantee.groupName).id };
  return deleteGrant(services.db, collection.id, grantee);
}
