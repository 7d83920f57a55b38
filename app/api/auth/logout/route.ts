import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { cameOverHttps } from "@/lib/auth/http/request-origin";
import { endSession } from "@/lib/auth/session/end-session";
import { clearedSessionCookie } from "@/lib/auth/session/session-cookie";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** Ends the browser session: the cookie stops working on every tab and is cleared here. */
export const POST = handleRoute({ scope: "read" }, ({ services, principal, request }) => {
  if (principal.sessionId === null) {
    throw new AppError("BAD_REQUEST", "Sign-out with an API token", {
      userMessage:
        "Sign-out ends a browser session; an API token is revoked with `npm run quire -- token revoke`.",
    });
  }
  endSession(services, principal.sessionId);
  appendAuditEvent(services, { action: "auth.sign_out", actor: userActor(principal) });
  const secure = cameOverHttps(request);
  return new Response(null, {
    status: 204,
    headers: { "set-cookie": clearedSessionCookie({ secure }), "cache-control": "no-store" },
  });
});
