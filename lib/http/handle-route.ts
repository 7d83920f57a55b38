import type { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { userActor } from "@/lib/audit/audit-event";
import { assertNotCrossSite, assertSameOriginMutation } from "@/lib/auth/http/check-csrf";
import type { Principal } from "@/lib/auth/principal";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { type Scope, scopeCovers } from "@/lib/auth/roles";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { getServices, type Services } from "@/lib/runtime/services";
import { errorResponse } from "./error-response";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

interface RouteSchemas<P, Q, B> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
}

interface AuthenticatedOptions {
  auth?: "required";
  /** What the request may need to do; defaults to read. A session's role and a token's scope must cover it. */
  scope?: Scope;
}

interface PublicOptions {
  /** No credentials needed. Only for signing in; every other route needs a principal. */
  auth: "public";
  /**
   * Let a request that another site started through: only for the single sign-on callback,
   * which the provider's page redirects to and which checks its own state instead.
   */
  crossSite?: "allowed";
}

interface BaseInput<P, Q, B> {
  request: Request;
  services: Services;
  params: P;
  query: Q;
  body: B;
}

export interface RouteInput<P, Q, B> extends BaseInput<P, Q, B> {
  /** Who is asking, with the collections they may read and manage, computed once for this request. */
  principal: Principal;
}

export type PublicRouteInput<P, Q, B> = BaseInput<P, Q, B>;

type RouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

function parseWith<T>(schema: z.ZodType<T> | undefined, value: unknown, what: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    throw new AppError("BAD_REQUEST", `Invalid ${what}: ${detail}`, {
      userMessage: `Invalid ${what}: ${detail}`,
    });
  }
  return parsed.data;
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Expected JSON, got ${type}`, {
      userMessage: "Send the request body as application/json.",
    });
  }
  try {
    return await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed JSON body", {
      userMessage: "The request body is not valid JSON.",
    });
  }
}

const SCOPE_REFUSAL: Record<Scope, string> = {
  read: "Your account cannot read documents.",
  ingest: "Your account can read but not add or change documents.",
  admin: "Only administrators can do this.",
};

/**
 * Authenticates, checks scope and CSRF, in that order, before anything else of the request is
 * read: an anonymous or forged request learns nothing about params or bodies.
 */
function authorize(services: Services, request: Request, principal: Principal, required: Scope): void {
  if (principal.via === "session") assertSameOriginMutation(request, services.config);
  if (!scopeCovers(principal.scope, required)) {
    throw new AppError(
      "FORBIDDEN",
      `${principal.email} (${principal.via}, ${principal.scope}) needs ${required}`,
      {
        userMessage:
          principal.via === "token"
            ? `This API token has scope ${principal.scope}; the request needs ${required}.`
            : SCOPE_REFUSAL[required],
      },
    );
  }
}

/**
 * 403s only: a refusal of someone signed in is worth an admin's attention, while 401s are
 * mostly expired sessions and scanners (failed sign-ins are recorded by signIn itself).
 * Never fails the response it is recording.
 */
function recordDenial(services: Services, principal: Principal, route: string, reason: string): void {
  try {
    appendAuditEvent(services, {
      action: "access.denied",
      actor: userActor(principal),
      target: { type: "route", id: route },
      details: { reason, via: principal.via },
    });
  } catch (error) {
    console.error(
      `[quire] audit: could not record a refusal: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The one wrapper every API route goes through: builds services, authenticates the caller
 * (session cookie or Bearer token; 401 without, 403 when its scope falls short or a cookie
 * request fails the origin check), validates params, query and JSON body with the route's zod
 * schemas, and turns any failure into a typed JSON error with the right status. Never a stack
 * trace, never a 200 on failure.
 */
export function handleRoute<P = undefined, Q = undefined, B = undefined>(
  options: RouteSchemas<P, Q, B> & PublicOptions,
  handler: (input: PublicRouteInput<P, Q, B>) => Promise<Response> | Response,
): RouteHandler;
export function handleRoute<P = undefined, Q = undefined, B = undefined>(
  options: RouteSchemas<P, Q, B> & AuthenticatedOptions,
  handler: (input: RouteInput<P, Q, B>) => Promise<Response> | Response,
): RouteHandler;
export function handleRoute<P, Q, B>(
  options: RouteSchemas<P, Q, B> & (AuthenticatedOptions | PublicOptions),
  handler: (input: RouteInput<P, Q, B>) => Promise<Response> | Response,
): RouteHandler {
  return async (request, context) => {
    const label = `${request.method} ${new URL(request.url).pathname}`;
    let services: Services | null = null;
    let principal: Principal | null = null;
    try {
      services = await getServices();
      if (options.auth === "public") {
        if (options.crossSite !== "allowed") assertNotCrossSite(request, services.config);
      } else {
        principal = resolvePrincipal(services, request);
        authorize(services, request, principal, options.scope ?? "read");
      }
      const params = parseWith(options.params, context ? await context.params : {}, "path");
      const url = new URL(request.url);
      const query = parseWith(options.query, Object.fromEntries(url.searchParams), "query");
      const body = options.body
        ? parseWith(options.body, await readJson(request), "request body")
        : (undefined as B);
      // Public handlers are typed without a principal, so the null never reaches one that reads it.
      return await handler({ request, services, params, query, body, principal: principal as Principal });
    } catch (error) {
      if (services && principal && isAppError(error) && error.code === "FORBIDDEN") {
        recordDenial(services, principal, label, error.message);
      }
      return errorResponse(error, label);
    }
  };
}
