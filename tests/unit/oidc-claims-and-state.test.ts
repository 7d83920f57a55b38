import { describe, expect, it } from "vitest";
import { type LoginState, loginStateCookie, readLoginState } from "@/lib/auth/oidc/login-state-cookie";
import { providerIdentity } from "@/lib/auth/oidc/provider-identity";
import { mappedGroupNames } from "@/lib/auth/oidc/sync-sso-groups";
import { parseOidcGroupMap } from "@/lib/config/oidc-group-map";

describe("provider identity", () => {
  it("takes the ID token over UserInfo, normalises the e-mail and reads nested group claims", () => {
    const identity = providerIdentity(
      { sub: "abc", email: "Ana@Example.ORG" },
      {
        sub: "abc",
        email: "other@example.org",
        email_verified: true,
        realm_access: { roles: ["nurses", 7] },
      },
      "realm_access.roles",
    );
    expect(identity).toEqual({
      subject: "abc",
      email: "ana@example.org",
      emailVerified: true,
      name: null,
      groups: ["nurses"],
    });
  });

  it.each<[unknown, string[]]>([
    [
      ["a", "b"],
      ["a", "b"],
    ],
    ["a b,c", ["a", "b", "c"]],
    [undefined, []],
    [{ not: "a list" }, []],
  ])("reads the groups claim %j", (groups, expected) => {
    expect(providerIdentity({ sub: "s", email: "a@b.org", groups }, {}, "groups").groups).toEqual(expected);
  });

  it("refuses an identity without an e-mail", () => {
    expect(() => providerIdentity({ sub: "s" }, {}, "groups")).toThrow(/No email claim/);
  });
});

describe("group mapping", () => {
  it("maps known claim values, ignores the rest, and names each group once", () => {
    const parsed = parseOidcGroupMap("nurses=ward-staff,night-nurses=ward-staff,board=board-members");
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(mappedGroupNames(parsed.map, ["nurses", "night-nurses", "cleaners"])).toEqual(["ward-staff"]);
    expect(mappedGroupNames({ kind: "identical" }, ["x", "y", "x"])).toEqual(["x", "y"]);
  });
});

describe("sign-in state cookie", () => {
  const state: LoginState = { state: "s", nonce: "n", verifier: "v", next: "/documents", startedAt: 1_000 };
  const header = (setCookie: string) => `other=1; ${setCookie.split(";")[0]}`;

  it("is httpOnly, SameSite=Lax, scoped to the OIDC routes and short-lived", () => {
    const cookie = loginStateCookie(state, { secure: true });
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/api/auth/oidc");
    expect(cookie).toContain("Max-Age=600");
    expect(cookie).toContain("Secure");
  });

  it("reads back what it wrote, and nothing once expired or tampered with", () => {
    const cookie = loginStateCookie(state, { secure: false });
    expect(readLoginState(header(cookie), 2_000)).toEqual(state);
    expect(readLoginState(header(cookie), 1_000 + 601_000)).toBeNull();
    expect(readLoginState("quire_oidc=not-json", 2_000)).toBeNull();
    expect(readLoginState(null)).toBeNull();
  });
});
