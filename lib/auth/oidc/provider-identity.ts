import { normalizeEmail } from "../users/normalize-email";
import { SsoSignInError } from "./sign-in-failure";

/** Who the provider says signed in, reduced to what Quire uses. */
export interface ProviderIdentity {
  subject: string;
  email: string;
  /** true or false when the provider says; null when it does not. */
  emailVerified: boolean | null;
  name: string | null;
  /** Values of the groups claim; empty when the claim is absent. */
  groups: string[];
}

type Claims = Record<string, unknown>;

/** Providers send a list, a single string, or (some) a space-separated string. */
function readGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * Reads the ID token's claims, filled in from the UserInfo response (providers differ in which
 * claims they put where; the ID token wins where both have one). The groups claim may be a
 * dotted path ("realm_access.roles") for providers that nest it.
 */
export function providerIdentity(idToken: Claims, userInfo: Claims, groupsClaim: string): ProviderIdentity {
  const claims: Claims = { ...userInfo, ...idToken };
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  if (subject === "") throw new SsoSignInError("failed", "ID token without sub");
  const email = typeof claims.email === "string" ? normalizeEmail(claims.email) : "";
  if (email === "") throw new SsoSignInError("no-email", `No email claim for subject ${subject}`);
  const verified = claims.email_verified;
  let groups: unknown = claims;
  for (const step of groupsClaim.split(".")) {
    groups = groups !== null && typeof groups === "object" ? (groups as Claims)[step] : undefined;
  }
  return {
    subject,
    email,
    emailVerified: typeof verified === "boolean" ? verified : verified === "true" ? true : null,
    name: typeof claims.name === "string" && claims.name.trim() !== "" ? claims.name.trim() : null,
    groups: readGroups(groups),
  };
}
