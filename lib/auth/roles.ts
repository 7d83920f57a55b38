import type { TokenScope, UserRole } from "@/db/schema";

export type Role = UserRole;
export type Scope = TokenScope;

export const ROLES: readonly Role[] = ["admin", "editor", "reader"];
export const SCOPES: readonly Scope[] = ["read", "ingest", "admin"];

const SCOPE_RANK: Record<Scope, number> = { read: 0, ingest: 1, admin: 2 };

/** What a role may do in a browser session: admins everything, editors upload, readers read. */
export const ROLE_SCOPE: Record<Role, Scope> = { admin: "admin", editor: "ingest", reader: "read" };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** True when `granted` allows everything `required` does (admin ⊃ ingest ⊃ read). */
export function scopeCovers(granted: Scope, required: Scope): boolean {
  return SCOPE_RANK[granted] >= SCOPE_RANK[required];
}

/** The lesser of two scopes: a token never does more than its user's role allows. */
export function narrowerScope(a: Scope, b: Scope): Scope {
  return SCOPE_RANK[a] <= SCOPE_RANK[b] ? a : b;
}
