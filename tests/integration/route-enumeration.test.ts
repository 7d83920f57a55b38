import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxy, config as proxyConfig } from "@/proxy";
import { type Harness, startHarness } from "../support/quire-harness";
import { TEST_ORIGIN } from "../support/test-identity";

/**
 * Every route file under app/ is found on disk, not listed by hand, so a route added later is
 * covered the day it is written. Each HTTP method it exports must answer 401 to a request
 * without credentials, however plausible the request, unless it is one of the public routes
 * below, each with the reason it must be reachable before signing in.
 */
const PUBLIC_ROUTES: Record<string, string> = {
  "POST /api/auth/login": "signing in is how a request gets credentials",
  "GET /api/auth/oidc/start": "single sign-on starts before there is a session",
  "GET /api/auth/oidc/callback": "the identity provider sends the browser back before there is a session",
};
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const APP = path.resolve("app");
const SOME_ID = "00000000-0000-4000-8000-000000000000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function filesNamed(dir: string, name: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesNamed(path.join(dir, entry.name), name)
        : entry.name === name
          ? [path.join(dir, entry.name)]
          : [],
    );
}

/** app/(library)/documents/[id]/route.ts -> /documents/[id]: route groups are not in the URL. */
function urlPathOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const paramsOf = (urlPath: string) =>
  Object.fromEntries([...urlPath.matchAll(/\[([^\]]+)\]/g)].map((match) => [match[1] as string, SOME_ID]));
const concrete = (urlPath: string) => urlPath.replace(/\[[^\]]+\]/g, SOME_ID);

interface RouteMethod {
  name: string;
  urlPath: string;
  method: (typeof METHODS)[number];
  handler: Handler;
}

let harness: Harness;
let routes: RouteMethod[] = [];

beforeAll(async () => {
  harness = await startHarness();
  for (const file of filesNamed(APP, "route.ts")) {
    const urlPath = urlPathOf(file);
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = module[method];
      if (typeof handler === "function") {
        routes.push({ name: `${method} ${urlPath}`, urlPath, method, handler: handler as Handler });
      }
    }
  }
  routes = routes.sort((a, b) => a.name.localeCompare(b.name));
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe("every route, found on disk", () => {
  it("finds the routes (the enumeration itself cannot come back empty)", () => {
    const names = routes.map((route) => route.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "POST /api/ask",
        "GET /api/search",
        "GET /api/documents/[id]/file",
        "POST /api/auth/login",
      ]),
    );
    expect(names.length).toBeGreaterThan(15);
  });

  it("answers 401 without credentials on every non-public route and method", async () => {
    const answers: string[] = [];
    for (const route of routes.filter((candidate) => !(candidate.name in PUBLIC_ROUTES))) {
      const hasBody = !["GET", "HEAD", "OPTIONS"].includes(route.method);
      const request = new Request(`${TEST_ORIGIN}${concrete(route.urlPath)}?q=anything&k=5`, {
        method: route.method,
        // A same-origin browser request with a plausible body: only the credentials are missing.
        headers: { origin: TEST_ORIGIN, ...(hasBody ? { "content-type": "application/json" } : {}) },
        ...(hasBody ? { body: JSON.stringify({ question: "anything", email: "a@b.c" }) } : {}),
      });
      const response = await route.handler(request, { params: Promise.resolve(paramsOf(route.urlPath)) });
      answers.push(`${route.name} -> ${response.status}`);
    }
    expect(answers).toEqual(answers.map((answer) => answer.replace(/-> \d+$/, "-> 401")));
  });

  it("keeps the public routes to the reviewed list, and none of them hands out data without credentials", async () => {
    const publicFound = routes.filter((route) => route.name in PUBLIC_ROUTES);
    expect(publicFound.map((route) => route.name).every((name) => name in PUBLIC_ROUTES)).toBe(true);
    const login = publicFound.find((route) => route.name === "POST /api/auth/login");
    expect(login).toBeDefined();
    const response = await login?.handler(
      new Request(`${TEST_ORIGIN}/api/auth/login`, {
        method: "POST",
        headers: { origin: TEST_ORIGIN, "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@example.org", password: "wrong password here" }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response?.status).toBe(401);
    expect(response?.headers.get("set-cookie")).toBeNull();
  });
});

describe("every page, found on disk", () => {
  const pages = filesNamed(APP, "page.tsx").map(urlPathOf);
  const matcher = new RegExp(`^${proxyConfig.matcher[0]}$`);

  it.each(pages.filter((page) => page !== "/login"))(
    "sends a visit to %s without a session to sign-in",
    (page) => {
      const url = `${TEST_ORIGIN}${concrete(page)}`;
      expect(matcher.test(new URL(url).pathname)).toBe(true);
      const response = proxy(new NextRequest(url));
      expect(response.status).toBeGreaterThanOrEqual(300);
      expect(response.status).toBeLessThan(400);
      expect(new URL(response.headers.get("location") ?? "", TEST_ORIGIN).pathname).toBe("/login");
    },
  );

  it("lets the sign-in page through, with the same policy", () => {
    expect(pages).toContain("/login");
    expect(matcher.test("/login")).toBe(true);
    const response = proxy(new NextRequest(`${TEST_ORIGIN}/login?next=%2Fdocuments`));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("content-security-policy")).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
  });

  it("gives every page response a strict script policy with a fresh nonce", () => {
    const policies = [1, 2].map((attempt) => {
      const request = new NextRequest(`${TEST_ORIGIN}/documents`);
      request.cookies.set("quire_session", `cookie-${attempt}`);
      return proxy(request).headers.get("content-security-policy") ?? "";
    });
    const [first = "", second = ""] = policies;
    const scriptSource = /script-src ([^;]+)/.exec(first)?.[1] ?? "";
    expect(scriptSource).not.toContain("unsafe-inline");
    expect(first).toContain("default-src 'self'");
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).toContain("object-src 'none'");
    const nonce = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce(first)).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(nonce(first)).not.toBe(nonce(second));
  });
});
