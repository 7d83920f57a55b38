import type { Config } from "@/lib/config";

function firstValue(header: string | null): string | null {
  const first = header?.split(",")[0]?.trim();
  return first ? first : null;
}

/**
 * The origin the browser believes it is talking to. The host comes from the Host header (what
 * the browser addressed; request.url carries Next.js's bind address instead), or from
 * X-Forwarded-Host when QUIRE_TRUST_PROXY says a reverse proxy sets it. The scheme comes from
 * request.url, which Next.js derives from X-Forwarded-Proto.
 */
export function requestOrigin(request: Request, config: Pick<Config, "trustProxy">): string {
  const url = new URL(request.url);
  const forwardedHost = config.trustProxy ? firstValue(request.headers.get("x-forwarded-host")) : null;
  const host = forwardedHost ?? request.headers.get("host") ?? url.host;
  return `${url.protocol}//${host}`.toLowerCase();
}

/** The origin a cross-site request claims: Origin, else Referer's origin; null when it sent neither. */
export function claimedOrigin(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return origin.toLowerCase();
  const referer = request.headers.get("referer");
  if (!referer) return origin === "null" ? "null" : null;
  try {
    return new URL(referer).origin.toLowerCase();
  } catch {
    return "null";
  }
}

/** True when the request's claimed origin is Quire's own (or QUIRE_PUBLIC_URL's). */
export function isSameOrigin(
  request: Request,
  config: Pick<Config, "trustProxy" | "publicOrigin">,
  claimed: string,
): boolean {
  return claimed === requestOrigin(request, config) || claimed === config.publicOrigin?.toLowerCase();
}

export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/** Whether the browser reached Quire over https (request.url's scheme follows X-Forwarded-Proto in Next.js). */
export function cameOverHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}
