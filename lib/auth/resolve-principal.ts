import { groupIdsOfUser } from "@/db/queries/groups";
import type { UserRow } from "@/db/schema";
import { computeCollectionAccess } from "@/lib/access/collection-access";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { readBearerToken } from "./http/bearer-token";
import type { Principal } from "./principal";
import { narrowerScope, ROLE_SCOPE, type Scope } from "./roles";
import { resolveSession } from "./session/resolve-session";
import { readSessionCookie } from "./session/session-cookie";
import { resolveApiToken } from "./tokens/resolve-api-token";

type AuthServices = Pick<Services, "db" | "config">;

/** Builds the principal for a user: groups and collection access are read once, here. */
export function principalFor(
  services: AuthServices,
  user: UserRow,
  via: { kind: "session"; sessionId: string } | { kind: "token"; scope: Scope },
): Principal {
  const roleScope = ROLE_SCOPE[user.role];
  const scope = via.kind === "token" ? narrowerScope(via.scope, roleScope) : roleScope;
  const groupIds = groupIdsOfUser(services.db, user.id);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    groupIds,
    via: via.kind,
    scope,
    ...computeCollectionAccess(services, user, groupIds, scope),
    sessionId: via.kind === "session" ? via.sessionId : null,
  };
}

function unauthorized(message: string, userMessage: string): AppError {
  return new AppError("UNAUTHORIZED", message, { userMessage });
}

/** The principal behind a session cookie token, or null when there is no live session. */
export function principalFromSessionToken(
  services: AuthServices,
  token: string,
  now = new Date(),
): Principal | null {
  const found = resolveSession(services, token, now);
  return found ? principalFor(services, found.user, { kind: "session", sessionId: found.session.id }) : null;
}

/**
 * Who sent the request: a Bearer token when the request has one (it then wins over any cookie),
 * else the session cookie. Throws UNAUTHORIZED when neither yields a live identity.
 */
export function resolvePrincipal(services: AuthServices, request: Request, now = new Date()): Principal {
  const bearer = readBearerToken(request);
  if (bearer !== null) {
    const found = resolveApiToken(services, bearer, now);
    if (!found)
      throw unauthorized(
        "Invalid or revoked API token",
        "The API token is not valid: it may have been revoked.",
      );
    return principalFor(services, found.user, { kind: "token", scope: found.token.scope });
  }
  const cookie = readSessionCookie(request.headers.get("cookie"));
  if (cookie === null) throw unauthorized("No credentials", "Sign in to use Quire.");
  const principal = principalFromSessionToken(services, cookie, now);
  if (!principal) throw unauthorized("Expired or unknown session", "Your session has ended. Sign in again.");
  return principal;
}
