import * as client from "openid-client";
import type { UserRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ANONYMOUS_ACTOR, userActor } from "@/lib/audit/audit-event";
import type { OidcConfig } from "@/lib/config/oidc-schema";
import { isAppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { createSession, type NewSession } from "../session/create-session";
import type { LoginState } from "./login-state-cookie";
import { providerClient } from "./provider-client";
import { providerIdentity } from "./provider-identity";
import { resolveSsoUser } from "./resolve-sso-user";
import { SsoSignInError } from "./sign-in-failure";
import { type GroupSync, syncSsoGroups } from "./sync-sso-groups";

export interface SsoSignIn {
  user: UserRow;
  session: NewSession;
  groups: GroupSync;
  next: string;
}

/**
 * Finishes a sign-in at the callback: checks state against the browser's cookie, redeems the
 * code with the PKCE verifier, verifies the ID token (signature, issuer, audience, expiry,
 * nonce), then finds or creates the account, syncs its mapped groups and opens a session.
 * `callbackQuery` is the callback's query string; the URL it is read against is the configured
 * redirect URL, because the request's own URL carries the server's bind address.
 */
export async function finishSignIn(
  services: Pick<Services, "db" | "config">,
  oidc: OidcConfig,
  callbackQuery: URLSearchParams,
  loginState: LoginState | null,
): Promise<SsoSignIn> {
  try {
    const signIn = await completeSignIn(services, oidc, callbackQuery, loginState);
    appendAuditEvent(services, {
      action: "auth.sign_in",
      actor: userActor(signIn.user),
      target: { type: "user", id: signIn.user.id },
      details: { method: "oidc", groupsAdded: signIn.groups.added, groupsRemoved: signIn.groups.removed },
    });
    return signIn;
  } catch (error) {
    if (error instanceof SsoSignInError) {
      // Who it was is often unknown (the failure came before the ID token was trusted).
      appendAuditEvent(services, {
        action: "auth.sign_in_failed",
        actor: ANONYMOUS_ACTOR,
        details: { method: "oidc", reason: error.failure },
      });
    }
    throw error;
  }
}

async function completeSignIn(
  services: Pick<Services, "db" | "config">,
  oidc: OidcConfig,
  callbackQuery: URLSearchParams,
  loginState: LoginState | null,
): Promise<SsoSignIn> {
  if (callbackQuery.has("error")) {
    throw new SsoSignInError("denied", `Provider answered ${callbackQuery.get("error")}`);
  }
  if (loginState === null) throw new SsoSignInError("expired", "No sign-in state cookie at the callback");
  if (callbackQuery.get("state") !== loginState.state) {
    throw new SsoSignInError("expired", "State in the callback does not match the cookie");
  }
  const configuration = await providerClient(oidc).catch((error: unknown) => {
    throw new SsoSignInError("unavailable", "OIDC discovery failed", { cause: error });
  });
  const callbackUrl = new URL(oidc.redirectUrl);
  callbackUrl.search = callbackQuery.toString();
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: loginState.verifier,
      expectedState: loginState.state,
      expectedNonce: loginState.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw new SsoSignInError("failed", "Code exchange or ID token check failed", { cause: error });
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new SsoSignInError("failed", "No ID token");
  const userInfo = await readUserInfo(configuration, tokens.access_token, idClaims.sub);
  const identity = providerIdentity(idClaims, userInfo, oidc.groupsClaim);
  const user = resolveSsoUser(services, oidc, identity);
  const groups = syncSsoGroups(services, oidc.groupMap, user.id, identity.groups);
  return { user, session: createSession(services, user.id), groups, next: loginState.next };
}

/** Many providers put e-mail and groups only in UserInfo; a provider without it gives {}. */
async function readUserInfo(
  configuration: client.Configuration,
  accessToken: string,
  subject: string,
): Promise<Record<string, unknown>> {
  if (!configuration.serverMetadata().userinfo_endpoint) return {};
  try {
    return await client.fetchUserInfo(configuration, accessToken, subject);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new SsoSignInError("failed", "UserInfo request failed", { cause: error });
  }
}
