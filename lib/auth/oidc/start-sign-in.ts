import * as client from "openid-client";
import type { OidcConfig } from "@/lib/config/oidc-schema";
import type { LoginState } from "./login-state-cookie";
import { providerClient } from "./provider-client";

/** Where to send the browser to sign in at the provider, and what its callback must match. */
export async function startSignIn(
  oidc: OidcConfig,
  next: string,
  now = Date.now(),
): Promise<{ authorizationUrl: URL; state: LoginState }> {
  const configuration = await providerClient(oidc);
  const state: LoginState = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    next,
    startedAt: now,
  };
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUrl,
    scope: oidc.scopes,
    state: state.state,
    nonce: state.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(state.verifier),
    code_challenge_method: "S256",
  });
  return { authorizationUrl, state };
}
