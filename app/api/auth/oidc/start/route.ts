import { safeNextPath } from "@/app/components/auth/safe-next-path";
import { cameOverHttps } from "@/lib/auth/http/request-origin";
import { loginStateCookie } from "@/lib/auth/oidc/login-state-cookie";
import { loginPathForFailure } from "@/lib/auth/oidc/sign-in-failure";
import { startSignIn } from "@/lib/auth/oidc/start-sign-in";
import { handleRoute } from "@/lib/http/handle-route";
import { redirectTo } from "../redirect";
import { oidcStartQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * Public: whoever starts a single sign-on has no credentials yet. It only sends the browser to
 * the provider with a fresh state; nothing is read or changed until the callback checks it.
 */
export const GET = handleRoute(
  { auth: "public", query: oidcStartQuerySchema },
  async ({ services, query, request }) => {
    const oidc = services.config.oidc;
    if (!oidc) return redirectTo(loginPathForFailure("not-configured"), []);
    try {
      const { authorizationUrl, state } = await startSignIn(oidc, safeNextPath(query.next));
      return new Response(null, {
        status: 303,
        headers: {
          location: authorizationUrl.href,
          "set-cookie": loginStateCookie(state, { secure: cameOverHttps(request) }),
          "cache-control": "no-store",
        },
      });
    } catch (error) {
      console.error("[quire] single sign-on start failed:", error);
      return redirectTo(loginPathForFailure("unavailable"), []);
    }
  },
);
