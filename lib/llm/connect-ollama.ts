import { Ollama } from "ollama";

export interface ConnectOptions {
  host: string;
  /** Cancels every request of this connection (caller's cancel, stream teardown). */
  signal?: AbortSignal;
  /** Limit per HTTP request, started when the request is sent. */
  timeoutMs?: number;
}

/**
 * An ollama-js client whose requests honour our signals: its non-streaming calls accept no
 * AbortSignal, so cancellation and timeouts are applied underneath, at fetch.
 */
export function connectOllama(options: ConnectOptions): Ollama {
  const fetchWithSignals: typeof fetch = (input, init) => {
    const signals = [init?.signal, options.signal].filter((signal): signal is AbortSignal => Boolean(signal));
    if (options.timeoutMs !== undefined) signals.push(AbortSignal.timeout(options.timeoutMs));
    return fetch(input, { ...init, signal: signals.length > 0 ? AbortSignal.any(signals) : undefined });
  };
  return new Ollama({ host: options.host, fetch: fetchWithSignals });
}
