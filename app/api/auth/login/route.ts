import { cameOverHttps } from "@/lib/auth/http/request-origin";
import { clientIp } from "@/lib/auth/login/client-ip";
import { signIn } from "@/lib/auth/login/sign-in";
import { sessionCookie } from "@/lib/auth/session/session-cookie";
import { toPublicUser } from "@/lib/auth/users/public-user";
import { handleRoute } from "@/lib/http/handle-route";
import { loginBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * The one public route: whoever signs in has no credentials yet. It is guarded instead by the
 * sign-in throttle (per e-mail and per IP) and by refusing foreign-origin browser requests.
 */
export const POST = handleRoute(
  { auth: "public", body: loginBodySchema },
  async ({ services, body, request }) => {
    const { user, session } = await signIn(services, {
      email: body.email,
      password: body.password,
      ip: clientIp(request),
    });
    const secure = cameOverHttps(request);
    return Response.json(
      { user: toPublicUser(user) },
      { headers: { "set-cookie": sessionCookie(session.token, { secure }), "cache-control": "no-store" } },
    );
  },
);
