import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { getServices, type Services } from "@/lib/runtime/services";
import { errorResponse } from "./error-response";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

interface RouteSchemas<P, Q, B> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
}

export interface RouteInput<P, Q, B> {
  request: Request;
  services: Services;
  params: P;
  query: Q;
  body: B;
}

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

/**
 * The one wrapper every API route goes through: builds services, validates params,
 * query and JSON body with the route's zod schemas, and turns any failure into a
 * typed JSON error with the right status. Never a stack trace, never a 200 on failure.
 */
export function handleRoute<P = undefined, Q = undefined, B = undefined>(
  schemas: RouteSchemas<P, Q, B>,
  handler: (input: RouteInput<P, Q, B>) => Promise<Response> | Response,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const label = `${request.method} ${new URL(request.url).pathname}`;
    try {
      const services = await getServices();
      const params = parseWith(schemas.params, context ? await context.params : {}, "path");
      const url = new URL(request.url);
      const query = parseWith(schemas.query, Object.fromEntries(url.searchParams), "query");
      const body = schemas.body
        ? parseWith(schemas.body, await readJson(request), "request body")
        : (undefined as B);
      return await handler({ request, services, params, query, body });
    } catch (error) {
      return errorResponse(error, label);
    }
  };
}
