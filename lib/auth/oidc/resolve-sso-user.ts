import { randomUUID } from "node:crypto";
import { findUserByEmail, findUserByOidcSubject, insertUser, linkOidcSubject } from "@/db/queries/users";
import type { UserRow } from "@/db/schema";
import type { OidcConfig } from "@/lib/config/oidc-schema";
import type { Services } from "@/lib/runtime/services";
import type { ProviderIdentity } from "./provider-identity";
import { SsoSignInError } from "./sign-in-failure";

/**
 * The Quire account for a provider identity:
 * 1. the account already linked to its subject (e-mail changes at the provider follow along);
 * 2. else an existing account with its e-mail and no subject yet, linked now, but only when the
 *    provider says it verified the e-mail: otherwise anyone who can set an unverified address
 *    at the provider could take over a local account (an administrator's, say);
 * 3. else a new account with QUIRE_OIDC_DEFAULT_ROLE and no password (sign-in by SSO only).
 * The role of an existing account is never changed here.
 */
export function resolveSsoUser(
  services: Pick<Services, "db">,
  oidc: Pick<OidcConfig, "defaultRole">,
  identity: ProviderIdentity,
): UserRow {
  const linked = findUserByOidcSubject(services.db, identity.subject);
  const user = linked ?? linkOrCreate(services, oidc, identity);
  if (user.disabledAt !== null) throw new SsoSignInError("disabled", `${user.email} is disabled`);
  return user;
}

function linkOrCreate(
  services: Pick<Services, "db">,
  oidc: Pick<OidcConfig, "defaultRole">,
  identity: ProviderIdentity,
): UserRow {
  if (identity.emailVerified === false) {
    throw new SsoSignInError("unverified-email", `Provider marks ${identity.email} unverified`);
  }
  const existing = findUserByEmail(services.db, identity.email);
  if (existing) {
    if (existing.oidcSubject !== null) {
      throw new SsoSignInError("link-refused", `${identity.email} is linked to another subject`);
    }
    if (identity.emailVerified !== true) {
      throw new SsoSignInError("unverified-email", `No email_verified for ${identity.email}; not linking`);
    }
    if (!linkOidcSubject(services.db, existing.id, identity.subject)) {
      throw new SsoSignInError("link-refused", `${identity.email} was linked meanwhile`);
    }
    return { ...existing, oidcSubject: identity.subject };
  }
  return insertUser(services.db, {
    id: randomUUID(),
    email: identity.email,
    name: identity.name ?? identity.email.split("@")[0] ?? identity.email,
    role: oidc.defaultRole,
    passwordHash: null,
    oidcSubject: identity.subject,
  });
}
