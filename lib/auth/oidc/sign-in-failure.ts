/**
 * Why a single sign-on failed, as a code in the /login?sso_error= link. The login page shows
 * the fixed message for the code, so nothing from the URL or the provider is echoed to the page.
 */
export const SSO_FAILURES = {
  failed: "Single sign-on did not complete. Try again, or ask your administrator.",
  expired: "The sign-in took too long or was started in another browser. Try again.",
  denied: "The sign-in provider did not sign you in.",
  unavailable: "The sign-in provider could not be reached. Try again later.",
  "no-email": "The sign-in provider did not share your e-mail address, which Quire needs.",
  "unverified-email":
    "The sign-in provider has not verified your e-mail address, so it cannot be used to sign in to Quire.",
  "link-refused":
    "An account with your e-mail address already exists and is linked to another sign-in. Ask your administrator.",
  disabled: "Your Quire account is disabled. Ask your administrator.",
  "not-configured": "Single sign-on is not configured on this Quire.",
} as const;

export type SsoFailure = keyof typeof SSO_FAILURES;

export function isSsoFailure(value: string): value is SsoFailure {
  return Object.hasOwn(SSO_FAILURES, value);
}

/** A sign-in refusal that carries which fixed message the login page shows. */
export class SsoSignInError extends Error {
  readonly failure: SsoFailure;
  constructor(failure: SsoFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SsoSignInError";
    this.failure = failure;
  }
}

export function loginPathForFailure(failure: SsoFailure): string {
  return `/login?sso_error=${failure}`;
}
