import { isRecord } from "./guards";

/** A failed API call, carrying a message that is safe and useful to show to the person. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(message: string, status: number, code: string) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
  }
}

/** Used when the server gave no `{error: {message}}` body (a proxy, a crash, an old build). */
const FALLBACK_MESSAGES: Record<number, string> = {
  400: "The request was not accepted by the server.",
  404: "Not found. It may have been deleted.",
  413: "The file is too large to upload.",
  415: "That file type is not supported. Upload PDF, Markdown or plain-text files.",
  502: "The model host returned an error. Please try again.",
  503: "The service is temporarily unavailable. Please try again shortly.",
};

export function apiErrorFromBody(status: number, body: unknown): ApiRequestError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.message === "string" && error.message.trim() !== "") {
    const code = typeof error.code === "string" ? error.code : `HTTP_${status}`;
    return new ApiRequestError(error.message, status, code);
  }
  const fallback = FALLBACK_MESSAGES[status] ?? `The server responded with an error (HTTP ${status}).`;
  return new ApiRequestError(fallback, status, `HTTP_${status}`);
}

export async function readApiError(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  return apiErrorFromBody(response.status, body);
}

/** Turns anything a fetch can throw into a sentence for the person using the page. */
export function describeRequestFailure(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return "Could not reach the Quire server. Check your connection and try again.";
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
