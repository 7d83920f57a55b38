import { safeNextPath } from "@/app/components/auth/safe-next-path";
import { cameOverHttps } from "@/lib/auth/http/request-origin";
import { finishSignIn } from "@/lib/auth/oidc/finish-sign-in";
import { clearedLoginStateCookie, readLoginState } from "@/lib/auth/oidc/login-state-cookie";
import { loginPathForFailure, SsoSignInError } from "@/lib/auth/oidc/sign-in-failure";
import { sessionCookie } from "@/lib/auth/session/session-cookie";
import { handleRoute } from "@/lib/http/handle-route";
import { redirectTo } from "../redirect";

export const dynamic = "force-dynamic";

/**
 * Public and reached cross-site: the provider's page sends the browser here, so it carries no
 * Quire session and a foreign Referer. It trusts nothing from the request until the state
 * matches the httpOnly cookie this browser got at /start and the provider has redeemed the code
 * with that sign-in's PKCE verifier. Every failure ends on /login with a fixed message.
 */
export const GET = handleRoute({ auth: "public", crossSite: "allowed" }, async ({ services, request }) => {
  const secure = cameOverHttps(request);
  const clearState = clearedLoginStateCookie({ secure });
  const oidc = services.config.oidc;
  if (!oidc) return redirectTo(loginPathForFailure("not-configured"), [clearState]);
  try {
    const url = new URL(request.url);
    const signedIn = await finishSignIn(
      services,
      oidc,
      url.searchParams,
      readLoginState(request.headers.get("cookie")),
    );
    // Checked again: the cookie is the browser's to change.
    return redirectTo(safeNextPath(signedIn.next), [
      clearState,
      sessionCookie(signedIn.session.token, { secure }),
    ]);
  } catch (error) {
    const failure = error instanceof SsoSignInError ? error.failure : "failed";
    const detail = error instanceof Error ? error.message : String(error);
    // A refused account is routine; a broken exchange is worth the cause in the log.
    if (failure === "failed" || failure === "unavailable") {
      console.error(
        `[quire] single sign-on failed (${failure}): ${detail}`,
        error instanceof Error ? (error.cause ?? "") : "",
      );
    } else console.warn(`[quire] single sign-on refused (${failure}): ${detail}`);
    return redirectTo(loginPathForFailure(failure), [clearState]);
  }
});
