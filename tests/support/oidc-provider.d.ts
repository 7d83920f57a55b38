// oidc-provider ships no types; this declares only what the tests use.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  export interface ProviderAccount {
    accountId: string;
    claims: () => Promise<Record<string, unknown>>;
  }

  export interface ProviderConfiguration {
    clients: Record<string, unknown>[];
    findAccount: (ctx: unknown, sub: string) => Promise<ProviderAccount | undefined>;
    claims?: Record<string, string[]>;
    features?: Record<string, unknown>;
    cookies?: { keys: string[] };
    pkce?: { required: () => boolean };
    ttl?: Record<string, number>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: ProviderConfiguration);
    listen(port: number, host: string, callback: () => void): Server;
  }
}
