import { GET as oidcCallback } from "@/app/api/auth/oidc/callback/route";
import { GET as oidcStart } from "@/app/api/auth/oidc/start/route";
import { OIDC_STATE_COOKIE } from "@/lib/auth/oidc/login-state-cookie";
import { SESSION_COOKIE } from "@/lib/auth/session/session-cookie";
import { loginAtProvider } from "./oidc-provider-login";
import { TEST_ORIGIN } from "./test-identity";

export const TEST_CALLBACK_URL = `${TEST_ORIGIN}/api/auth/oidc/callback`;

export interface FlowResult {
  /** Quire's redirect after the callback: the next path, or /login?sso_error=... */
  location: string;
  /** The new quire_session token, or null when refused. */
  sessionToken: string | null;
}

function cookieValue(response: Response, name: string): string | null {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    if (pair.startsWith(`${name}=`)) return pair.slice(name.length + 1) || null;
  }
  return null;
}

/** Quire's start route, the provider's login pages, and Quire's callback, in-process. */
export async function startAtQuire(
  next?: string,
): Promise<{ authorizationUrl: string; stateCookie: string }> {
  const query = next === undefined ? "" : `?next=${encodeURIComponent(next)}`;
  const started = await oidcStart(new Request(`${TEST_ORIGIN}/api/auth/oidc/start${query}`));
  const authorizationUrl = started.headers.get("location");
  const stateCookie = cookieValue(started, OIDC_STATE_COOKIE);
  if (started.status !== 303 || !authorizationUrl || !stateCookie) {
    throw new Error(`start answered ${started.status} ${authorizationUrl}: ${await started.text()}`);
  }
  return { authorizationUrl, stateCookie };
}

export async function callbackAtQuire(callbackUrl: URL, stateCookie: string | null): Promise<FlowResult> {
  const headers = new Headers();
  if (stateCookie !== null) headers.set("cookie", `${OIDC_STATE_COOKIE}=${stateCookie}`);
  const response = await oidcCallback(new Request(callbackUrl.href, { headers }));
  return {
    location: response.headers.get("location") ?? `(status ${response.status})`,
    sessionToken: cookieValue(response, SESSION_COOKIE),
  };
}

export async function signInWithProvider(login: string, next?: string): Promise<FlowResult> {
  const { authorizationUrl, stateCookie } = await startAtQuire(next);
  const callbackUrl = await loginAtProvider(authorizationUrl, login, TEST_CALLBACK_URL);
  return callbackAtQuire(callbackUrl, stateCookie);
}
