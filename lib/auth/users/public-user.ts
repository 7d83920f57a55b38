import type { UserRow } from "@/db/schema";
import type { Role } from "../roles";

/** A user as the API shows it: never the password hash or the OIDC subject. */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function toPublicUser(user: Pick<UserRow, "id" | "email" | "name" | "role">): PublicUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
