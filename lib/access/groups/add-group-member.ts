import { insertGroupMember } from "@/db/queries/groups";
import { requireUserByEmail } from "@/lib/auth/users/require-user";
import type { Services } from "@/lib/runtime/services";
import { requireGroup } from "./require-group";

/** Adds the user (by e-mail) to the group (by name). Returns false when it was already a member. */
export function addGroupMember(services: Pick<Services, "db">, groupName: string, email: string): boolean {
  const group = requireGroup(services, groupName);
  const user = requireUserByEmail(services, email);
  return insertGroupMember(services.db, group.id, user.id);
}
