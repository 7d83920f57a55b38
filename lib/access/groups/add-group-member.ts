import { insertGroupMember } from "@/db/queries/groups";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { requireUserByEmail } from "@/lib/auth/users/require-user";
import type { Services } from "@/lib/runtime/services";
import { requireGroup } from "./require-group";

/** Adds the user (by e-mail) to the group (by name). Returns false when it was already a member. */
export function addGroupMember(
  services: Pick<Services, "db">,
  groupName: string,
  email: string,
  actor: AuditActor = SYSTEM_ACTOR,
): boolean {
  const group = requireGroup(services, groupName);
  const user = requireUserByEmail(services, email);
  const added = insertGroupMember(services.db, group.id, user.id);
  if (added) {
    appendAuditEvent(services, {
      action: "group.member_add",
      actor,
      target: { type: "group", id: group.id },
      details: { userId: user.id },
    });
  }
  return added;
}
