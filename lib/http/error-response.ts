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
  return Response.json(body, { status: error.status, headers: { "cache-control": "no-store" } });
}
