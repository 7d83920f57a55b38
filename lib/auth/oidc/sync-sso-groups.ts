import { randomUUID } from "node:crypto";
import {
  findGroupsByNames,
  groupsOfUser,
  insertGroup,
  insertGroupMember,
  removeGroupMember,
} from "@/db/queries/groups";
import type { OidcGroupMap } from "@/lib/config/oidc-group-map";
import type { Services } from "@/lib/runtime/services";

export interface GroupSync {
  added: string[];
  removed: string[];
}

/** The Quire group names the claim values map to. */
export function mappedGroupNames(map: OidcGroupMap, claimValues: readonly string[]): string[] {
  if (map.kind === "identical") return [...new Set(claimValues)];
  const names = claimValues.flatMap((value) => {
    const group = map.quireGroupByClaim.get(value);
    return group === undefined ? [] : [group];
  });
  return [...new Set(names)];
}

/**
 * Makes the user's membership of the provider-managed groups match the claim, on every sign-in:
 * joins the mapped groups it lists and leaves the managed groups it no longer lists. Groups the
 * map does not name are never touched, so memberships given with the CLI survive. With a map,
 * its groups are created when missing (the operator named them); with identical names only
 * existing groups count, so the provider cannot create groups.
 */
export function syncSsoGroups(
  services: Pick<Services, "db">,
  map: OidcGroupMap,
  userId: string,
  claimValues: readonly string[],
): GroupSync {
  const wanted = new Set(mappedGroupNames(map, claimValues));
  const managed = (name: string) =>
    map.kind === "identical" || [...map.quireGroupByClaim.values()].includes(name);
  const result: GroupSync = { added: [], removed: [] };
  services.db.transaction(() => {
    const existing = new Map(findGroupsByNames(services.db, [...wanted]).map((group) => [group.name, group]));
    for (const name of wanted) {
      let group = existing.get(name);
      if (!group && map.kind === "map") group = insertGroup(services.db, { id: randomUUID(), name });
      if (group && insertGroupMember(services.db, group.id, userId)) result.added.push(name);
    }
    for (const group of groupsOfUser(services.db, userId)) {
      if (managed(group.name) && !wanted.has(group.name)) {
        removeGroupMember(services.db, group.id, userId);
        result.removed.push(group.name);
      }
    }
  });
  return result;
}
