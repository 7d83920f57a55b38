import autocannon from "autocannon";
import { percentile } from "../report/percentiles";

export interface LoadRequest {
  url: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  responses: number;
  non2xx: number;
  /** Connection errors and timeouts as autocannon counts them. */
  socketErrors: number;
  timeouts: number;
}

/**
 * One autocannon run. Latency percentiles come from every response's own time (autocannon's
 * summary has p90 and p97.5 but no p95), and a streamed answer counts when it has ended.
 */
export function runAutocannon(request: LoadRequest): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: request.method ?? "GET",
        connections: request.connections,
        duration: request.durationSeconds,
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(request.headers === undefined ? {} : { headers: request.headers }),
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const responses = latencies.length;
        resolve({
          requestsPerSecond: responses / result.duration,
          p50Ms: responses ? percentile(latencies, 50) : Number.NaN,
          p95Ms: responses ? percentile(latencies, 95) : Number.NaN,
          p99Ms: responses ? percentile(latencies, 99) : Number.NaN,
          responses,
          non2xx: result.non2xx,
          socketErrors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on("response", (_client, _statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}
