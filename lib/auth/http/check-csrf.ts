import type { Config } from "@/lib/config";
import { AppError } from "@/lib/errors/app-error";
import { claimedOrigin, isSafeMethod, isSameOrigin } from "./request-origin";

const REFUSED =
  "This request did not come from a Quire page, so it was refused. Reload the page and try again.";

/**
 * Cross-site request forgery guard for requests a browser authenticates with the session
 * cookie. SameSite=Lax already keeps the cookie off cross-site POSTs in current browsers; this
 * is the second lock: an unsafe method must name Quire's own origin in Origin (or Referer).
 * Bearer-token requests need no check, because no browser attaches a token by itself. Quire's
 * own pages send every mutation with fetch(), which carries Origin even under the site's
 * Referrer-Policy: no-referrer (an HTML form post would send "Origin: null" and be refused).
 */
export function assertSameOriginMutation(
  request: Request,
  config: Pick<Config, "trustProxy" | "publicOrigin">,
): void {
  if (isSafeMethod(request.method)) return;
  const claimed = claimedOrigin(request);
  if (claimed === null) {
    throw new AppError("FORBIDDEN", `${request.method} with a session cookie and no Origin`, {
      userMessage: REFUSED,
    });
  }
  if (!isSameOrigin(request, config, claimed)) {
    throw new AppError("FORBIDDEN", `${request.method} from foreign origin ${claimed}`, {
      userMessage: REFUSED,
    });
  }
}

/**
 * For the sign-in form, which has no session yet: a browser that says where the request came
 * from must say Quire (stops a foreign page signing a visitor into someone else's account);
 * a script or CLI that sends no Origin is let through.
 */
export function assertNotCrossSite(
  request: Request,
  config: Pick<Config, "trustProxy" | "publicOrigin">,
): void {
  const claimed = claimedOrigin(request);
  if (claimed !== null && !isSameOrigin(request, config, claimed)) {
    throw new AppError("FORBIDDEN", `Sign-in from foreign origin ${claimed}`, { userMessage: REFUSED });
  }
}
