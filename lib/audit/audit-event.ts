/** Every action the trail records; dotted so a filter on a prefix ("document.") reads naturally. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.locked",
  "auth.sign_out",
  "document.upload",
  "document.delete",
  "document.update",
  "document.cancel",
  "document.retry",
  "document.sensitive_masked",
  "import.start",
  "user.create",
  "group.create",
  "group.member_add",
  "collection.create",
  "collection.policy_set",
  "grant.add",
  "token.create",
  "token.revoke",
  "ask",
  "conversation.rename",
  "conversation.delete",
  "answer.feedback",
  "access.denied",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditTargetType =
  | "user"
  | "document"
  | "import"
  | "group"
  | "collection"
  | "grant"
  | "token"
  | "answer"
  | "conversation"
  | "route";

export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

/** Who did it: a signed-in user (id and e-mail), or one of the fixed labels. */
export interface AuditActor {
  id: string | null;
  label: string;
}

export const CLI_ACTOR: AuditActor = { id: null, label: "cli" };
export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };
export const ANONYMOUS_ACTOR: AuditActor = { id: null, label: "anonymous" };

export function userActor(
  user: { userId: string; email: string } | { id: string; email: string },
): AuditActor {
  return { id: "userId" in user ? user.userId : user.id, label: user.email };
}

/**
 * One event as the code that saw it describes it. Details never hold secrets (passwords,
 * tokens) or document contents; see README "Audit trail".
 */
export interface AuditEvent {
  action: AuditAction;
  actor: AuditActor;
  target?: { type: AuditTargetType; id: string };
  details?: { [key: string]: AuditJson };
}
