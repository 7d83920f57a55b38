import { type NextRequest, NextResponse } from "next/server";
import { PAGE_PATH_HEADER } from "@/app/components/auth/page-path-header";
import { loginPathFor } from "@/app/components/auth/safe-next-path";
import { contentSecurityPolicy, newNonce } from "@/app/components/security/content-security-policy";
import { SESSION_COOKIE } from "@/lib/auth/session/session-cookie";

const SIGN_IN_PAGE = "/login";

/**
 * Pages only (the matcher leaves out /api and static files). Every page response gets a
 * Content-Security-Policy with a fresh nonce; Next.js reads the policy from the request headers
 * and puts the nonce on its own scripts. A visit without a session cookie goes straight to the
 * sign-in page. This is only the fast path: whether the cookie is a live session is decided by
 * the page layout (requirePagePrincipal) and, for data, by every API route, so nothing is
 * protected by this file alone.
 */
export function proxy(request: NextRequest): NextResponse {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (request.nextUrl.pathname !== SIGN_IN_PAGE && !request.cookies.has(SESSION_COOKIE)) {
    // Next.js needs an absolute URL here and sends it on relative to the request (request.url
    // carries the server's bind address, not the host the browser used), so it works behind any name.
    return NextResponse.redirect(new URL(loginPathFor(path), request.url));
  }
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV !== "production");
  const forwarded = new Headers(request.headers);
  forwarded.set(PAGE_PATH_HEADER, path);
  forwarded.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/|icon\\.svg|favicon\\.ico|robots\\.txt).*)"],
};
