import type { Server } from "node:http";
import Provider from "oidc-provider";
import { freePort } from "./free-port";

export interface ProviderAccountClaims {
  email: string;
  email_verified?: boolean;
  name?: string;
  groups: string[];
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Keyed by login (= subject); change an entry to change what the next sign-in reports. */
  accounts: Map<string, ProviderAccountClaims>;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (node-oidc-provider, certified) on 127.0.0.1, with its
 * development login and consent pages: any login name whose account exists signs in, with any
 * password. Claims come from `accounts`, including a `groups` claim behind a `groups` scope.
 */
export async function startOidcProvider(redirectUris: string[]): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, ProviderAccountClaims>();
  const clientId = "quire";
  const clientSecret = "quire-test-secret-that-is-long-enough";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    findAccount: async (_ctx, sub) => {
      const claims = accounts.get(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
      groups: ["groups"],
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["test-cookie-key-not-secret"] },
    // PKCE on every authorization request, as Quire always sends it.
    pkce: { required: () => true },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
