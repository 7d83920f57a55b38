import { classifyOllamaError } from "./classify-ollama-error";
import { connectOllama } from "./connect-ollama";
import { withRetry } from "./retry";
import type { HostStatus } from "./types";

export interface CheckHostSettings {
  host: string;
  timeoutMs: number;
}

/** Asks the host for its version; any failure is reported in the result, never thrown. */
export async function checkHost(settings: CheckHostSettings): Promise<HostStatus> {
  const ollama = connectOllama(settings);
  try {
    // One immediate retry covers a pooled keep-alive socket the host closed since the last call.
    const body: unknown = await withRetry(() => ollama.version(), {
      policy: { attempts: 2, baseDelayMs: 0, maxDelayMs: 0 },
      shouldRetry: (error) => classifyOllamaError(error).kind === "connection-lost",
    });
    const version =
      body !== null && typeof body === "object" ? (body as { version?: unknown }).version : undefined;
    if (typeof version !== "string")
      return { ok: false, version: null, error: "invalid-response: no version field" };
    return { ok: true, version };
  } catch (error) {
    const failure = classifyOllamaError(error);
    return { ok: false, version: null, error: `${failure.kind}: ${failure.detail}` };
  }
}
