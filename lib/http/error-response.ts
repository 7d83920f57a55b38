import { type AppError, toAppError } from "@/lib/errors/app-error";

export interface ErrorBody {
  error: { code: string; message: string };
}

/** Logs the internal detail once and answers with only the user-safe message. */
export function errorResponse(thrown: unknown, context: string): Response {
  const error: AppError = toAppError(thrown);
  if (error.status >= 500)
    console.error(`[quire] ${context}: ${error.code}: ${error.message}`, error.cause ?? "");
  const body: ErrorBody = { error: { code: error.code, message: error.userMessage } };
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
  // Tells API clients which credentials to send; no realm prompt appears in browsers for fetch().
  if (error.code === "UNAUTHORIZED") headers["www-authenticate"] = 'Bearer realm="quire"';
  return Response.json(body, { status: error.status, headers });
}
