import { describe, expect, it } from "vitest";
import { assertNotCrossSite, assertSameOriginMutation } from "@/lib/auth/http/check-csrf";
import { claimedOrigin, requestOrigin } from "@/lib/auth/http/request-origin";

const direct = { trustProxy: false, publicOrigin: null };
const proxied = { trustProxy: true, publicOrigin: "https://quire.example.org" };

function post(headers: Record<string, string>, url = "http://127.0.0.1:3000/api/documents"): Request {
  return new Request(url, { method: "POST", headers });
}

describe("the request's own origin", () => {
  it("takes the host the browser addressed, not Next.js's bind address", () => {
    expect(requestOrigin(post({ host: "quire.intranet:3000" }), direct)).toBe("http://quire.intranet:3000");
  });

  it("falls back to the URL's host when there is no Host header (in-process requests)", () => {
    expect(requestOrigin(post({}), direct)).toBe("http://127.0.0.1:3000");
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const request = post({ host: "127.0.0.1:3000", "x-forwarded-host": "quire.example.org, inner" });
    expect(requestOrigin(request, direct)).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(request, proxied)).toBe("http://quire.example.org");
  });

  it("reads the claimed origin from Origin, else from Referer", () => {
    expect(claimedOrigin(post({ origin: "HTTP://Quire.Test" }))).toBe("http://quire.test");
    expect(claimedOrigin(post({ referer: "http://quire.test/documents?x=1" }))).toBe("http://quire.test");
    expect(claimedOrigin(post({ origin: "null" }))).toBe("null");
    expect(claimedOrigin(post({}))).toBeNull();
  });
});

describe("CSRF checks", () => {
  const host = { host: "quire.intranet:3000" };

  it.each([
    ["same origin", { ...host, origin: "http://quire.intranet:3000" }],
    ["same origin by Referer", { ...host, referer: "http://quire.intranet:3000/documents" }],
  ])("lets a cookie mutation through from the %s", (_label, headers) => {
    expect(() => assertSameOriginMutation(post(headers), direct)).not.toThrow();
  });

  it.each([
    ["no Origin or Referer", host],
    ["another site", { ...host, origin: "http://evil.example" }],
    ["an opaque origin", { ...host, origin: "null" }],
    ["another port", { ...host, origin: "http://quire.intranet:4000" }],
    ["another scheme", { ...host, origin: "https://quire.intranet:3000" }],
  ])("refuses a cookie mutation from %s with 403", (_label, headers) => {
    expect(() => assertSameOriginMutation(post(headers), direct)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", status: 403 }),
    );
  });

  it("accepts QUIRE_PUBLIC_URL's origin as well", () => {
    const request = post({ host: "10.0.0.5:3000", origin: "https://quire.example.org" });
    expect(() => assertSameOriginMutation(request, direct)).toThrow();
    expect(() => assertSameOriginMutation(request, proxied)).not.toThrow();
  });

  it("does not check safe methods", () => {
    const get = new Request("http://127.0.0.1:3000/api/documents", {
      headers: { origin: "http://evil.example" },
    });
    expect(() => assertSameOriginMutation(get, direct)).not.toThrow();
  });

  it("lets a sign-in without Origin through (scripts) but not one from a foreign page", () => {
    expect(() => assertNotCrossSite(post(host), direct)).not.toThrow();
    expect(() => assertNotCrossSite(post({ ...host, origin: "http://evil.example" }), direct)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});
