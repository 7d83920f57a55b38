/**
 * Sorts whatever the ollama client or fetch threw into the few cases Quire reacts to differently.
 * Everything here inspects shapes, not classes: undici and ollama-js do not export their errors.
 */

export type OllamaFailureKind =
  /** Nothing listening, unknown host, no route. */
  | "unreachable"
  /** The connection broke before the answer was complete. */
  | "connection-lost"
  | "timeout"
  /** Cancelled through an AbortSignal. */
  | "aborted"
  /** A non-2xx answer, usually with Ollama's {"error": "..."} body. */
  | "http"
  /** 2xx with a body that is not JSON or lacks the promised fields. */
  | "invalid-response"
  /** A stream that stopped without its final done line. */
  | "stream-ended"
  | "unknown";

export interface OllamaFailure {
  kind: OllamaFailureKind;
  /** HTTP status, for kind "http". */
  status?: number;
  /** Short technical description for logs, e.g. "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:11434". */
  detail: string;
}

/** Thrown by ollama-js when a stream closes without `done: true`. */
export const STREAM_ENDED_MESSAGE = "Did not receive done or success response in stream.";

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const CONNECTION_LOST_CODES = new Set([
  "ECONNRESET",
  "EPIPE",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "ECONNABORTED",
]);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  status_code?: unknown;
  error?: unknown;
}

function asErrorLike(value: unknown): ErrorLike | null {
  return value !== null && typeof value === "object" ? (value as ErrorLike) : null;
}

/** The first system error code in the cause chain (fetch wraps it as TypeError("fetch failed")). */
function findErrorCode(value: unknown, depth = 0): { code: string; message: string } | null {
  const error = asErrorLike(value);
  if (!error || depth > 5) return null;
  if (
    typeof error.code === "string" &&
    (UNREACHABLE_CODES.has(error.code) || CONNECTION_LOST_CODES.has(error.code))
  ) {
    return { code: error.code, message: typeof error.message === "string" ? error.message : error.code };
  }
  // Happy-eyeballs connects raise an AggregateError holding one error per address.
  if (Array.isArray(error.errors)) {
    for (const inner of error.errors) {
      const found = findErrorCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findErrorCode(error.cause, depth + 1);
}

export function classifyOllamaError(value: unknown): OllamaFailure {
  const error = asErrorLike(value);
  const message = typeof error?.message === "string" ? error.message : String(value);

  if (error?.name === "TimeoutError") return { kind: "timeout", detail: message };
  if (error?.name === "AbortError") return { kind: "aborted", detail: message };
  if (typeof error?.status_code === "number") {
    const body = typeof error.error === "string" ? error.error : message;
    return { kind: "http", status: error.status_code, detail: `HTTP ${error.status_code}: ${body}` };
  }
  if (error?.name === "SyntaxError") return { kind: "invalid-response", detail: message };
  if (message === STREAM_ENDED_MESSAGE) return { kind: "stream-ended", detail: message };

  const code = findErrorCode(value);
  if (code) {
    const kind = UNREACHABLE_CODES.has(code.code) ? "unreachable" : "connection-lost";
    return {
      kind,
      detail: code.message.startsWith(code.code) ? code.message : `${code.code}: ${code.message}`,
    };
  }
  // undici's body stream fails with TypeError("terminated") when the socket closes mid-body.
  if (error?.name === "TypeError" && message === "terminated")
    return { kind: "connection-lost", detail: message };
  return { kind: "unknown", detail: message };
}

/** Worth another try: the host may be restarting, overloaded or briefly unreachable. */
export function isTransientFailure(failure: OllamaFailure): boolean {
  switch (failure.kind) {
    case "unreachable":
    case "connection-lost":
    case "timeout":
      return true;
    case "http":
      return failure.status === 429 || (failure.status ?? 0) >= 500;
    default:
      return false;
  }
}
