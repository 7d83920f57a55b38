import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Principal } from "@/lib/auth/principal";
import { principalFromSessionToken } from "@/lib/auth/resolve-principal";
import { SESSION_COOKIE } from "@/lib/auth/session/session-cookie";
import { getServices } from "@/lib/runtime/services";
import { PAGE_PATH_HEADER } from "./page-path-header";
import { loginPathFor } from "./safe-next-path";

/**
 * The signed-in principal of this page request, or null. Cached per request, so a layout and
 * its page resolve the session once between them.
 */
export const currentPagePrincipal = cache(async (): Promise<Principal | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return principalFromSessionToken(await getServices(), token);
});

/**
 * The authoritative check for pages (proxy.ts only redirects when the cookie is missing):
 * without a live session, go to the sign-in page and come back here afterwards.
 */
export async function requirePagePrincipal(): Promise<Principal> {
  const principal = await currentPagePrincipal();
  if (principal) return principal;
  const path = (await headers()).get(PAGE_PATH_HEADER) ?? "/";
  redirect(loginPathFor(path));
}
