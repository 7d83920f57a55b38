import { readApiError } from "./api-error";

/** Fetches JSON from our API; throws ApiRequestError with the server's message on non-2xx. */
export async function requestJson(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { accept: "application/json", ...init.headers },
    cache: "no-store",
  });
  if (!response.ok) throw await readApiError(response);
  if (response.status === 204) return null;
  return response.json();
}
