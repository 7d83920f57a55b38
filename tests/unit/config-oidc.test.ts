import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";
import { parseOidcGroupMap } from "@/lib/config/oidc-group-map";

const BASE = {
  QUIRE_OIDC_ISSUER: "https://login.example.org/realms/staff",
  QUIRE_OIDC_CLIENT_ID: "quire",
  QUIRE_OIDC_CLIENT_SECRET: "s3cret",
  QUIRE_PUBLIC_URL: "https://quire.example.org/",
};

describe("QUIRE_OIDC_GROUP_MAP", () => {
  it.each([
    ["", []],
    ["nurses=ward-staff", [["nurses", "ward-staff"]]],
    [
      " nurses = ward-staff , board=board-members ",
      [
        ["nurses", "ward-staff"],
        ["board", "board-members"],
      ],
    ],
    [
      "a=shared,b=shared",
      [
        ["a", "shared"],
        ["b", "shared"],
      ],
    ],
    // The first = separates: a claim value cannot contain one, a group name can.
    ["team=a=b", [["team", "a=b"]]],
  ])("parses %j", (raw, entries) => {
    const parsed = parseOidcGroupMap(raw);
    expect(parsed).toEqual({
      ok: true,
      map: { kind: "map", quireGroupByClaim: new Map(entries as [string, string][]) },
    });
  });

  it("reads * as identical names", () => {
    expect(parseOidcGroupMap(" * ")).toEqual({ ok: true, map: { kind: "identical" } });
  });

  it.each([
    ["nurses", "is not claim=group"],
    ["nurses=", "is not claim=group"],
    ["=ward-staff", "is not claim=group"],
    ["a=b,,c=d", "is not claim=group"],
    ["a=b,a=c", "mapped twice"],
    [`a=${"x".repeat(101)}`, "over 100 characters"],
  ])("refuses %j", (raw, problem) => {
    const parsed = parseOidcGroupMap(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });
});

describe("single sign-on configuration", () => {
  it("is off when no OIDC variable is set", () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it("applies defaults and derives the redirect URL from QUIRE_PUBLIC_URL", () => {
    expect(loadConfig(BASE).oidc).toEqual({
      issuer: BASE.QUIRE_OIDC_ISSUER,
      clientId: "quire",
      clientSecret: "s3cret",
      redirectUrl: "https://quire.example.org/api/auth/oidc/callback",
      scopes: "openid email profile groups",
      groupsClaim: "groups",
      groupMap: { kind: "map", quireGroupByClaim: new Map() },
      defaultRole: "reader",
      displayName: "single sign-on",
    });
  });

  it("takes every variable when given", () => {
    const oidc = loadConfig({
      ...BASE,
      QUIRE_OIDC_CLIENT_SECRET: "",
      QUIRE_OIDC_REDIRECT_URL: "https://sso.quire.example.org/api/auth/oidc/callback",
      QUIRE_OIDC_SCOPES: "openid  email",
      QUIRE_OIDC_GROUPS_CLAIM: "realm_access.roles",
      QUIRE_OIDC_GROUP_MAP: "*",
      QUIRE_OIDC_DEFAULT_ROLE: "editor",
      QUIRE_OIDC_NAME: "Hospital login",
    }).oidc;
    expect(oidc).toMatchObject({
      clientSecret: null,
      redirectUrl: "https://sso.quire.example.org/api/auth/oidc/callback",
      scopes: "openid email",
      groupsClaim: "realm_access.roles",
      groupMap: { kind: "identical" },
      defaultRole: "editor",
      displayName: "Hospital login",
    });
  });

  it("accepts an http issuer on this machine only", () => {
    expect(loadConfig({ ...BASE, QUIRE_OIDC_ISSUER: "http://127.0.0.1:9000" }).oidc?.issuer).toBe(
      "http://127.0.0.1:9000",
    );
  });

  it.each<[string, Record<string, string>, string]>([
    [
      "client id missing",
      { QUIRE_OIDC_CLIENT_ID: "" },
      "QUIRE_OIDC_CLIENT_ID: must be set when single sign-on",
    ],
    ["issuer missing", { QUIRE_OIDC_ISSUER: "" }, "QUIRE_OIDC_ISSUER: must be set when single sign-on"],
    [
      "issuer not a URL",
      { QUIRE_OIDC_ISSUER: "login.example.org" },
      "QUIRE_OIDC_ISSUER: must be an http(s) URL",
    ],
    [
      "issuer over plain http",
      { QUIRE_OIDC_ISSUER: "http://login.example.org" },
      "QUIRE_OIDC_ISSUER: must use https",
    ],
    [
      "no redirect URL and no public URL",
      { QUIRE_PUBLIC_URL: "" },
      "QUIRE_OIDC_REDIRECT_URL: must be set when single sign-on is configured and QUIRE_PUBLIC_URL is not",
    ],
    [
      "redirect URL not a URL",
      { QUIRE_OIDC_REDIRECT_URL: "/callback" },
      "QUIRE_OIDC_REDIRECT_URL: must be an http(s) URL",
    ],
    [
      "scopes without openid",
      { QUIRE_OIDC_SCOPES: "email profile" },
      'QUIRE_OIDC_SCOPES: must include "openid"',
    ],
    ["bad group map", { QUIRE_OIDC_GROUP_MAP: "nurses" }, "QUIRE_OIDC_GROUP_MAP: entry"],
    [
      "admin default role",
      { QUIRE_OIDC_DEFAULT_ROLE: "admin" },
      "QUIRE_OIDC_DEFAULT_ROLE: must be reader or editor",
    ],
  ])("fails naming the variable: %s", (_case, change, message) => {
    expect(() => loadConfig({ ...BASE, ...change })).toThrow(message);
  });

  it("refuses a half configuration: a secret alone names the missing issuer and client id", () => {
    expect(() => loadConfig({ QUIRE_OIDC_CLIENT_SECRET: "s3cret" })).toThrow(
      /QUIRE_OIDC_ISSUER: must be set.*QUIRE_OIDC_CLIENT_ID: must be set/,
    );
  });
});
