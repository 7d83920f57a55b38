import { randomUUID } from "node:crypto";
import { upsertGrant } from "@/db/queries/grants";
import type { GrantAccess, GrantRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { requireUserByEmail } from "@/lib/auth/users/require-user";
import type { Services } from "@/lib/runtime/services";
import { requireCollection } from "../collections/require-collection";
import { requireGroup } from "../groups/require-group";

export type GranteeName = { userEmail: string } | { groupName: string };

/**
 * Gives a user or a group read or manage access to a collection. Granting again replaces the
 * earlier access (so manage can be lowered to read).
 */
export function grantAccess(
  services: Pick<Services, "db">,
  input: { collection: string; grantee: GranteeName; access: GrantAccess },
  actor: AuditActor = SYSTEM_ACTOR,
): GrantRow {
  const collection = requireCollection(services, input.collection);
  const grantee =
    "userEmail" in input.grantee
      ? { kind: "user" as const, userId: requireUserByEmail(services, input.grantee.userEmail).id }
      : { kind: "group" as const, groupId: requireGroup(services, input.grantee.groupName).id };
  const grant = upsertGrant(services.db, {
    id: randomUUID(),
    collectionId: collection.id,
    grantee,
    access: input.access,
  });
  appendAuditEvent(services, {
    action: "grant.add",
    actor,
    target: { type: "collection", id: collection.id },
    details: {
      grantId: grant.id,
      access: input.access,
      ...(grantee.kind === "user" ? { userId: grantee.userId } : { groupId: grantee.groupId }),
    },
  });
  return grant;
}
