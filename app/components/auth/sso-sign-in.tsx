import { isSsoFailure, SSO_FAILURES } from "@/lib/auth/oidc/sign-in-failure";

interface SsoSignInProps {
  /** QUIRE_OIDC_NAME. */
  providerName: string;
  next: string;
}

/**
 * A plain link, not a fetch: the browser itself must travel to the provider and back so the
 * provider's own pages and cookies work.
 */
export function SsoSignIn({ providerName, next }: SsoSignInProps) {
  const href =
    next === "/" ? "/api/auth/oidc/start" : `/api/auth/oidc/start?next=${encodeURIComponent(next)}`;
  return (
    <div className="login-sso">
      <a className="button button-primary" href={href} data-testid="oidc-sign-in">
        Sign in with {providerName}
      </a>
      <p className="lede">Or use a Quire password below.</p>
    </div>
  );
}

/** The fixed message for the failure code in the URL; unknown codes show the generic one. */
export function SsoFailureNotice({ code }: { code: string }) {
  const message = isSsoFailure(code) ? SSO_FAILURES[code] : SSO_FAILURES.failed;
  return (
    <div role="alert" className="notice notice-error" data-testid="sso-error">
      <p>{message}</p>
    </div>
  );
}
