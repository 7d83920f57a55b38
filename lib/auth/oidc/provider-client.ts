import * as client from "openid-client";
import type { OidcConfig } from "@/lib/config/oidc-schema";
import { AppError } from "@/lib/errors/app-error";

const holder = globalThis as typeof globalThis & {
  __quireOidc?: { key: string; configuration: Promise<client.Configuration> };
};

function discover(oidc: OidcConfig): Promise<client.Configuration> {
  const issuer = new URL(oidc.issuer);
  const auth = oidc.clientSecret === null ? client.None() : client.ClientSecretPost(oidc.clientSecret);
  // Config validation accepts http only for a loopback issuer; anything else must be https.
  const execute = issuer.protocol === "http:" ? [client.allowInsecureRequests] : [];
  return client.discovery(issuer, oidc.clientId, undefined, auth, { execute, timeout: 10 });
}

/**
 * The provider's discovered metadata and keys. Only a performance cache: it holds nothing a
 * sign-in depends on between requests, and a failed discovery is retried on the next sign-in.
 */
export async function providerClient(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}\n${oidc.clientSecret ?? ""}`;
  if (holder.__quireOidc?.key !== key) {
    const configuration = discover(oidc);
    holder.__quireOidc = { key, configuration };
    configuration.catch(() => {
      if (holder.__quireOidc?.configuration === configuration) holder.__quireOidc = undefined;
    });
  }
  const cached = holder.__quireOidc;
  if (!cached) throw new AppError("INTERNAL", "OIDC discovery cache vanished");
  try {
    return await cached.configuration;
  } catch (error) {
    throw new AppError("MODEL_UNAVAILABLE", `OIDC discovery at ${oidc.issuer} failed`, {
      cause: error,
      userMessage: "The sign-in provider could not be reached.",
    });
  }
}
