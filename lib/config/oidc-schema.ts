import { z } from "zod";
import { type OidcGroupMap, parseOidcGroupMap } from "./oidc-group-map";

export const CALLBACK_PATH = "/api/auth/oidc/callback";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** https, or http on this machine only (a provider in a test, or one reached through a local tunnel). */
function isAcceptableIssuer(value: string): boolean {
  // Runs even when the URL check above failed; that failure is the one to report.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
}

const httpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL such as ${example}` }).optional();

/** The OIDC variables; cross-checked in refineOidc, turned into OidcConfig by toOidcConfig. */
export const oidcShape = {
  QUIRE_OIDC_ISSUER: httpUrl("https://login.example.org/realms/staff").refine(
    (value) => value === undefined || isAcceptableIssuer(value),
    "must use https (http is accepted only for 127.0.0.1 or localhost)",
  ),
  QUIRE_OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  QUIRE_OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  QUIRE_OIDC_REDIRECT_URL: httpUrl(`https://quire.example.org${CALLBACK_PATH}`),
  QUIRE_OIDC_SCOPES: z
    .string()
    .default("openid email profile groups")
    .refine((value) => value.split(/\s+/).includes("openid"), 'must include "openid"'),
  QUIRE_OIDC_GROUPS_CLAIM: z.string().min(1).max(200).default("groups"),
  QUIRE_OIDC_GROUP_MAP: z.string().optional(),
  QUIRE_OIDC_DEFAULT_ROLE: z
    .enum(["reader", "editor"], {
      error: "must be reader or editor (make administrators with `npm run quire -- user add`)",
    })
    .default("reader"),
  QUIRE_OIDC_NAME: z.string().min(1).max(60).default("single sign-on"),
};

const oidcObject = z.object(oidcShape);
type OidcRaw = z.infer<typeof oidcObject> & { QUIRE_PUBLIC_URL?: string | undefined };

/** OIDC is on when any of these is set; then issuer and client id must both be. */
const SWITCHES = [
  "QUIRE_OIDC_ISSUER",
  "QUIRE_OIDC_CLIENT_ID",
  "QUIRE_OIDC_CLIENT_SECRET",
  "QUIRE_OIDC_REDIRECT_URL",
  "QUIRE_OIDC_GROUP_MAP",
] as const;

/** All-or-nothing: a half-configured single sign-on stops start-up instead of showing a broken button. */
export function refineOidc(raw: OidcRaw, context: z.RefinementCtx): void {
  const set = SWITCHES.filter((name) => raw[name] !== undefined);
  if (set.length === 0) return;
  for (const name of ["QUIRE_OIDC_ISSUER", "QUIRE_OIDC_CLIENT_ID"] as const) {
    if (raw[name] === undefined) {
      context.addIssue({
        code: "custom",
        path: [name],
        message: `must be set when single sign-on is configured (${set.join(", ")} set)`,
      });
    }
  }
  if (raw.QUIRE_OIDC_REDIRECT_URL === undefined && raw.QUIRE_PUBLIC_URL === undefined) {
    context.addIssue({
      code: "custom",
      path: ["QUIRE_OIDC_REDIRECT_URL"],
      message: `must be set when single sign-on is configured and QUIRE_PUBLIC_URL is not (it is <QUIRE_PUBLIC_URL>${CALLBACK_PATH})`,
    });
  }
  const groups = parseOidcGroupMap(raw.QUIRE_OIDC_GROUP_MAP);
  if (!groups.ok)
    context.addIssue({ code: "custom", path: ["QUIRE_OIDC_GROUP_MAP"], message: groups.problem });
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Null for a public client, which then relies on PKCE alone. */
  clientSecret: string | null;
  redirectUrl: string;
  scopes: string;
  groupsClaim: string;
  groupMap: OidcGroupMap;
  /** Role of an account created at its first single sign-on. */
  defaultRole: "reader" | "editor";
  /** Shown on the button: "Sign in with <name>". */
  displayName: string;
}

/** Null when single sign-on is off. Assumes refineOidc passed. */
export function toOidcConfig(raw: OidcRaw): OidcConfig | null {
  if (raw.QUIRE_OIDC_ISSUER === undefined || raw.QUIRE_OIDC_CLIENT_ID === undefined) return null;
  const groups = parseOidcGroupMap(raw.QUIRE_OIDC_GROUP_MAP);
  const publicUrl = raw.QUIRE_PUBLIC_URL?.replace(/\/+$/, "");
  return {
    issuer: raw.QUIRE_OIDC_ISSUER,
    clientId: raw.QUIRE_OIDC_CLIENT_ID,
    clientSecret: raw.QUIRE_OIDC_CLIENT_SECRET ?? null,
    redirectUrl: raw.QUIRE_OIDC_REDIRECT_URL ?? `${publicUrl}${CALLBACK_PATH}`,
    scopes: raw.QUIRE_OIDC_SCOPES.split(/\s+/).filter(Boolean).join(" "),
    groupsClaim: raw.QUIRE_OIDC_GROUPS_CLAIM,
    groupMap: groups.ok ? groups.map : { kind: "map", quireGroupByClaim: new Map() },
    defaultRole: raw.QUIRE_OIDC_DEFAULT_ROLE,
    displayName: raw.QUIRE_OIDC_NAME,
  };
}
