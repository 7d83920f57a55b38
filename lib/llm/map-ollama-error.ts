import { AppError, isAppError } from "@/lib/errors/app-error";
import { classifyOllamaError, type OllamaFailure } from "./classify-ollama-error";

export interface OllamaCallContext {
  host: string;
  model: string;
  operation: "embed" | "chat" | "describe-model" | "check-host";
  /** The limit that applied, to say how long the host had in the user message. */
  timeoutMs?: number;
}

function modelMissing(context: OllamaCallContext): string {
  return `The model ${context.model} is not installed on the model host. An administrator can run "ollama pull ${context.model}" on the GPU host (${context.host}).`;
}

function userMessageFor(failure: OllamaFailure, context: OllamaCallContext): string {
  switch (failure.kind) {
    case "unreachable":
      return `The model host at ${context.host} is unreachable.`;
    case "connection-lost":
      return `The connection to the model host at ${context.host} was lost. Try again.`;
    case "timeout":
      return context.timeoutMs === undefined
        ? `The model host at ${context.host} did not answer in time.`
        : `The model host at ${context.host} did not answer within ${Math.ceil(context.timeoutMs / 1000)} s.`;
    case "http":
      if (failure.status === 404) return modelMissing(context);
      if (failure.status === 429 || failure.status === 503) {
        return `The model host at ${context.host} is busy. Try again shortly.`;
      }
      return `The model host could not process the request (HTTP ${failure.status ?? "error"}).`;
    case "invalid-response":
      return "The model host sent a response Quire could not read.";
    case "stream-ended":
      return "The answer from the model stopped before it was complete. Try again.";
    default:
      return "The model failed while processing the request.";
  }
}

/** Unavailable means "nothing answered, try later"; everything else is the model misbehaving. */
function codeFor(failure: OllamaFailure): "MODEL_UNAVAILABLE" | "MODEL_ERROR" {
  if (failure.kind === "unreachable" || failure.kind === "connection-lost" || failure.kind === "timeout") {
    return "MODEL_UNAVAILABLE";
  }
  if (failure.kind === "http" && [404, 429, 503].includes(failure.status ?? 0)) return "MODEL_UNAVAILABLE";
  return "MODEL_ERROR";
}

export function failureToAppError(
  failure: OllamaFailure,
  context: OllamaCallContext,
  cause?: unknown,
): AppError {
  return new AppError(
    codeFor(failure),
    `Ollama ${context.operation} (${context.model}) at ${context.host} failed: ${failure.kind}: ${failure.detail}`,
    {
      userMessage: userMessageFor(failure, context),
      cause,
      details: { host: context.host, model: context.model, kind: failure.kind, status: failure.status },
    },
  );
}

/** Any error from an Ollama call as an AppError; AppErrors pass through unchanged. */
export function mapOllamaError(error: unknown, context: OllamaCallContext): AppError {
  if (isAppError(error)) return error;
  return failureToAppError(classifyOllamaError(error), context, error);
}

/** A response body that does not match the API: always MODEL_ERROR, never retried. */
export function invalidResponse(detail: string, context: OllamaCallContext): AppError {
  return failureToAppError({ kind: "invalid-response", detail }, context);
}
