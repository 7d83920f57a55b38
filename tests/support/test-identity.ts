import { SESSION_COOKIE } from "@/lib/auth/session/session-cookie";

/** The origin of in-process requests (route-client and friends build their URLs on it). */
export const TEST_ORIGIN = "http://quire.test";

/**
 * Who an in-process request acts as. `origin` is the Origin header sent with it: by default
 * the test origin (what a browser on Quire's page sends); null sends none; a string sends that.
 */
export type TestIdentity = (
  | { kind: "session"; token: string }
  | { kind: "bearer"; token: string }
  | { kind: "anonymous" }
) & { origin?: string | null };

let defaultIdentity: TestIdentity = { kind: "anonymous" };

/** quire-harness makes its admin the default, so existing tests act as a signed-in admin. */
export function setDefaultIdentity(identity: TestIdentity): void {
  defaultIdentity = identity;
}

export function getDefaultIdentity(): TestIdentity {
  return defaultIdentity;
}

export function withOrigin(identity: TestIdentity, origin: string | null): TestIdentity {
  return { ...identity, origin };
}

/** A Request carrying the identity's credentials (cookie or Bearer) and Origin header. */
export function requestAs(identity: TestIdentity, url: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (identity.kind === "session") headers.set("cookie", `${SESSION_COOKIE}=${identity.token}`);
  if (identity.kind === "bearer") headers.set("authorization", `Bearer ${identity.token}`);
  const origin = identity.origin === undefined ? TEST_ORIGIN : identity.origin;
  if (origin !== null) headers.set("origin", origin);
  return new Request(url, { ...init, headers });
}

/** A Request as the default identity. */
export function signedRequest(url: string, init: RequestInit = {}): Request {
  return requestAs(defaultIdentity, url, init);
}
