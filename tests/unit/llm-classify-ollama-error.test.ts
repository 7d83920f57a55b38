import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  classifyOllamaError,
  isTransientFailure,
  type OllamaFailureKind,
  STREAM_ENDED_MESSAGE,
} from "@/lib/llm/classify-ollama-error";
import { mapOllamaError } from "@/lib/llm/map-ollama-error";

function systemError(code: string, message = `${code} happened`): Error {
  return Object.assign(new Error(message), { code });
}

/** ollama-js's ResponseError is not exported; this is its shape. */
function responseError(status: number, error: string): Error {
  return Object.assign(new Error(error), { name: "ResponseError", error, status_code: status });
}

const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });

interface Case {
  name: string;
  error: unknown;
  kind: OllamaFailureKind;
  transient: boolean;
  code: "MODEL_UNAVAILABLE" | "MODEL_ERROR";
}

const CASES: Case[] = [
  {
    name: "connection refused",
    error: fetchFailed(systemError("ECONNREFUSED")),
    kind: "unreachable",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "refused on every address",
    error: fetchFailed(
      Object.assign(new AggregateError([systemError("ECONNREFUSED")]), { code: "ECONNREFUSED" }),
    ),
    kind: "unreachable",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "unknown host",
    error: fetchFailed(systemError("ENOTFOUND")),
    kind: "unreachable",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "connection reset",
    error: fetchFailed(systemError("ECONNRESET")),
    kind: "connection-lost",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "socket closed",
    error: fetchFailed(systemError("UND_ERR_SOCKET")),
    kind: "connection-lost",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "body terminated",
    error: new TypeError("terminated"),
    kind: "connection-lost",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "timeout",
    error: new DOMException("timed out", "TimeoutError"),
    kind: "timeout",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "HTTP 404",
    error: responseError(404, 'model "x" not found'),
    kind: "http",
    transient: false,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "HTTP 429",
    error: responseError(429, "too many requests"),
    kind: "http",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "HTTP 503",
    error: responseError(503, "server busy"),
    kind: "http",
    transient: true,
    code: "MODEL_UNAVAILABLE",
  },
  {
    name: "HTTP 500",
    error: responseError(500, "runner crashed"),
    kind: "http",
    transient: true,
    code: "MODEL_ERROR",
  },
  {
    name: "HTTP 400",
    error: responseError(400, "bad input"),
    kind: "http",
    transient: false,
    code: "MODEL_ERROR",
  },
  {
    name: "not JSON",
    error: new SyntaxError("Unexpected token <"),
    kind: "invalid-response",
    transient: false,
    code: "MODEL_ERROR",
  },
  {
    name: "stream without done",
    error: new Error(STREAM_ENDED_MESSAGE),
    kind: "stream-ended",
    transient: false,
    code: "MODEL_ERROR",
  },
  {
    name: "anything else",
    error: new Error("out of memory"),
    kind: "unknown",
    transient: false,
    code: "MODEL_ERROR",
  },
];

const context = {
  host: "http://gpu:11434",
  model: "llama3.1:8b",
  operation: "chat" as const,
  timeoutMs: 30_000,
};

describe("classifyOllamaError and mapOllamaError", () => {
  it.each(CASES)("$name -> $kind ($code)", ({ error, kind, transient, code }) => {
    const failure = classifyOllamaError(error);
    expect(failure.kind).toBe(kind);
    expect(isTransientFailure(failure)).toBe(transient);
    const mapped = mapOllamaError(error, context);
    expect(mapped).toMatchObject({ code, details: { kind } });
    expect(mapped.cause).toBe(error);
  });

  it("classifies a caller's abort as aborted, not as a failure of the host", () => {
    expect(classifyOllamaError(new DOMException("stop", "AbortError")).kind).toBe("aborted");
  });

  it.each([
    [
      "connection refused",
      fetchFailed(systemError("ECONNREFUSED")),
      "The model host at http://gpu:11434 is unreachable.",
    ],
    ["HTTP 404", responseError(404, "not found"), 'run "ollama pull llama3.1:8b" on the GPU host'],
    ["timeout", new DOMException("t", "TimeoutError"), "did not answer within 30 s"],
  ])("writes a user message for %s", (_name, error, expected) => {
    expect(mapOllamaError(error, context).userMessage).toContain(expected);
  });

  it("passes AppErrors through unchanged", () => {
    const original = new AppError("MODEL_ERROR", "already mapped");
    expect(mapOllamaError(original, context)).toBe(original);
  });
});
