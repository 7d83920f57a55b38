import type { Role, Scope } from "./roles";

/**
 * Who is making the request and what they may touch, computed once per request. Every read
 * path filters by `readableCollectionIds`; every write into a collection checks
 * `manageableCollectionIds`.
 */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: Role;
  groupIds: string[];
  via: "session" | "token";
  /** What this request may do: the token's scope (never above the role's), or the role's for a session. */
  scope: Scope;
  /** Collections whose documents exist for this principal: all for admins, else granted read or manage. */
  readableCollectionIds: string[];
  /** Collections it may upload into and change: all for admins, granted manage for editors, none otherwise. */
  manageableCollectionIds: string[];
  /** The session's id (its token's hash) when via is "session", so sign-out can end it. */
  sessionId: string | null;
}
