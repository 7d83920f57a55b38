import type { Db } from "@/db/client";
import { getSetting, putSetting } from "@/db/queries/settings";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { AuditActor, AuditJson } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_SENSITIVE_POLICY, type SensitivePolicy, sensitivePolicySchema } from "./sensitive-policy";

/*
 * Each collection's sensitive data policy lives in the settings table under its own key, so the
 * guard needs no schema change. The value is validated on the way in and again on the way out:
 * a policy edited by hand in SQLite must not silently turn into "allow".
 */

export function sensitivePolicyKey(collectionId: string): string {
  return `sensitive_policy:${collectionId}`;
}

function describeIssues(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message,
    )
    .join("; ");
}

/** The collection's policy; DEFAULT_SENSITIVE_POLICY until one was set. Throws when the stored one is invalid. */
export function getSensitivePolicy(services: { db: Db }, collectionId: string): SensitivePolicy {
  const stored = getSetting<unknown>(services.db, sensitivePolicyKey(collectionId));
  if (stored === undefined) return DEFAULT_SENSITIVE_POLICY;
  const parsed = sensitivePolicySchema.safeParse(stored);
  if (!parsed.success) {
    throw new AppError(
      "INTERNAL",
      `Stored sensitive policy of ${collectionId} is invalid: ${describeIssues(parsed.error)}`,
      {
        userMessage:
          "This collection's sensitive data policy is damaged; an administrator must set it again.",
        details: { reason: "sensitive_policy_invalid" },
      },
    );
  }
  return parsed.data;
}

/**
 * Validates and stores a collection's policy, and records the change in the audit trail (the
 * action, kinds and pattern names; the patterns themselves may name what they look for). Invalid
 * input (an unknown kind, a dangerous MRN pattern) throws BAD_REQUEST naming each problem, with
 * reason sensitive_policy_invalid, and stores nothing.
 */
export function setSensitivePolicy(
  services: { db: Db },
  collectionId: string,
  policy: unknown,
  actor: AuditActor,
): SensitivePolicy {
  const parsed = sensitivePolicySchema.safeParse(policy);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    throw new AppError("BAD_REQUEST", `Invalid sensitive policy: ${detail}`, {
      userMessage: `Invalid sensitive data policy: ${detail}`,
      details: { reason: "sensitive_policy_invalid" },
    });
  }
  putSetting(services.db, sensitivePolicyKey(collectionId), parsed.data);
  const details: { [key: string]: AuditJson } = {
    action: parsed.data.action,
    kinds: [...parsed.data.kinds],
    mrnPatterns: parsed.data.mrnPatterns.map((pattern) => pattern.name),
  };
  appendAuditEvent(services, {
    action: "collection.policy_set",
    actor,
    target: { type: "collection", id: collectionId },
    details,
  });
  return parsed.data;
}
