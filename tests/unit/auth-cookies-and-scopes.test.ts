import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/app/components/auth/safe-next-path";
import { readBearerToken } from "@/lib/auth/http/bearer-token";
import { narrowerScope, ROLE_SCOPE, scopeCovers } from "@/lib/auth/roles";
import { clearedSessionCookie, readSessionCookie, sessionCookie } from "@/lib/auth/session/session-cookie";
import { looksLikeApiToken } from "@/lib/auth/tokens/token-format";

describe("the session cookie", () => {
  it("is httpOnly, SameSite=Lax, site-wide, and Secure only over https", () => {
    expect(sessionCookie("abc", { secure: false })).toBe("quire_session=abc; Path=/; HttpOnly; SameSite=Lax");
    expect(sessionCookie("abc", { secure: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookie({ secure: false })).toContain("Max-Age=0");
  });

  it("is found among other cookies and ignored when empty", () => {
    expect(readSessionCookie("theme=dark; quire_session=tok-1; other=x")).toBe("tok-1");
    expect(readSessionCookie("quire_session=")).toBeNull();
    expect(readSessionCookie("not_quire_session=tok")).toBeNull();
    expect(readSessionCookie(null)).toBeNull();
  });
});

describe("bearer tokens", () => {
  it("reads only the Bearer scheme", () => {
    const request = (value: string) => new Request("http://q.test/", { headers: { authorization: value } });
    expect(readBearerToken(request("Bearer qt_abc"))).toBe("qt_abc");
    expect(readBearerToken(request("bearer   qt_abc  "))).toBe("qt_abc");
    expect(readBearerToken(request("Basic dXNlcjpwYXNz"))).toBeNull();
  });

  it("recognises Quire's token format", () => {
    expect(looksLikeApiToken(`qt_${"A".repeat(43)}`)).toBe(true);
    expect(looksLikeApiToken(`qt_${"A".repeat(42)}`)).toBe(false);
    expect(looksLikeApiToken(`xx_${"A".repeat(43)}`)).toBe(false);
  });
});

describe("scopes", () => {
  it("orders admin over ingest over read", () => {
    expect(scopeCovers("admin", "ingest")).toBe(true);
    expect(scopeCovers("ingest", "read")).toBe(true);
    expect(scopeCovers("read", "ingest")).toBe(false);
    expect(scopeCovers("ingest", "admin")).toBe(false);
  });

  it("gives sessions the scope of their role and never lets a token exceed it", () => {
    expect(ROLE_SCOPE).toEqual({ admin: "admin", editor: "ingest", reader: "read" });
    expect(narrowerScope("admin", ROLE_SCOPE.reader)).toBe("read");
    expect(narrowerScope("read", ROLE_SCOPE.admin)).toBe("read");
  });
});

describe("where sign-in leads back to", () => {
  it.each([
    ["/documents?x=1", "/documents?x=1"],
    [null, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/login?next=/documents", "/"],
  ])("%s -> %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });
});
