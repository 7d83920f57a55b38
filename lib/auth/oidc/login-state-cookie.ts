import { z } from "zod";

export const OIDC_STATE_COOKIE = "quire_oidc";
/** Only the callback reads it. */
const COOKIE_PATH = "/api/auth/oidc";
/** Long enough to type a password and pass a second factor at the provider. */
export const LOGIN_STATE_SECONDS = 600;

const loginStateSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(1),
  next: z.string(),
  startedAt: z.number(),
});

/** One sign-in in progress, kept by the browser that started it. */
export type LoginState = z.infer<typeof loginStateSchema>;

/**
 * The state, nonce and PKCE verifier live in the browser that started the sign-in, not in
 * server memory, so any Quire process (or one restarted meanwhile) can finish it. httpOnly
 * keeps them from scripts; SameSite=Lax still sends the cookie on the provider's top-level
 * redirect back. The verifier only has to stay secret from whoever might intercept the
 * authorization code, not from the browser it belongs to.
 */
export function loginStateCookie(state: LoginState, options: { secure: boolean }): string {
  const value = Buffer.from(JSON.stringify(state)).toString("base64url");
  return [
    `${OIDC_STATE_COOKIE}=${value}`,
    `Path=${COOKIE_PATH}`,
    `Max-Age=${LOGIN_STATE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedLoginStateCookie(options: { secure: boolean }): string {
  return [
    `${OIDC_STATE_COOKIE}=`,
    `Path=${COOKIE_PATH}`,
    "Max-Age=0",
    "HttpOnly",
    "SameSite=Lax",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

/** The sign-in in progress from a Cookie header; null when absent, malformed or expired. */
export function readLoginState(cookieHeader: string | null, now = Date.now()): LoginState | null {
  for (const part of cookieHeader?.split(";") ?? []) {
    const separator = part.indexOf("=");
    if (separator < 0 || part.slice(0, separator).trim() !== OIDC_STATE_COOKIE) continue;
    try {
      const decoded: unknown = JSON.parse(
        Buffer.from(part.slice(separator + 1).trim(), "base64url").toString(),
      );
      const parsed = loginStateSchema.safeParse(decoded);
      if (!parsed.success) return null;
      return now - parsed.data.startedAt <= LOGIN_STATE_SECONDS * 1000 ? parsed.data : null;
    } catch {
      return null;
    }
  }
  return null;
}
