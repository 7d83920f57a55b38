import type { IncomingMessage, ServerResponse } from "node:http";
import { sendGarbage } from "./garbage";
import { handlePs, handleShow, handleTags, handleVersion } from "./handlers/catalogue";
import { handleChat } from "./handlers/chat";
import { handleEmbed } from "./handlers/embed";
import type { Handler } from "./handlers/handler-context";
import { readBody, sendError, sendJson, sendText, sleep } from "./http-io";
import { BadRequest } from "./request-validation";
import type { ServerState } from "./server-state";

const ROUTES: Record<string, Handler> = {
  "GET /api/version": handleVersion,
  "GET /api/tags": handleTags,
  "GET /api/ps": handlePs,
  "POST /api/show": handleShow,
  "POST /api/embed": handleEmbed,
  "POST /api/chat": handleChat,
};

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim().length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Consumes one unit of the failNext knob if it applies to this path; says whether it did. */
function injectFailure(state: ServerState, path: string, response: ServerResponse): boolean {
  const failure = state.knobs.failNext;
  if (!failure || failure.count <= 0 || (failure.path !== undefined && failure.path !== path)) return false;
  failure.count -= 1;
  if (failure.count <= 0) state.knobs.failNext = null;
  if (failure.resetConnection) {
    response.socket?.destroy();
  } else if (typeof failure.body === "string") {
    sendText(response, failure.status, failure.body, "text/plain; charset=utf-8");
  } else {
    sendJson(
      response,
      failure.status,
      failure.body ?? { error: `injected failure (HTTP ${failure.status})` },
    );
  }
  return true;
}

async function route(request: IncomingMessage, response: ServerResponse, state: ServerState): Promise<void> {
  const method = request.method ?? "GET";
  const path = new URL(request.url ?? "/", "http://fake").pathname;
  const text = await readBody(request);
  const parsed = parseBody(text);
  state.requests.push({ method, path, body: parsed.ok ? parsed.value : text });

  await sleep(state.knobs.latencyMs);
  if (injectFailure(state, path, response)) return;
  if (path === "/" && (method === "GET" || method === "HEAD")) {
    return sendText(response, 200, "Ollama is running", "text/plain; charset=utf-8");
  }
  const handler = ROUTES[`${method} ${path}`];
  if (!handler) return sendText(response, 404, "404 page not found", "text/plain");
  if (state.knobs.garbage) return sendGarbage(response, path, state.knobs.garbage);
  if (!parsed.ok) return sendError(response, 400, "invalid character in request body: not valid JSON");
  await handler({ response, body: parsed.value, state });
}

/** Entry point for every request: routing plus the in-flight counters and error shape. */
export async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  state: ServerState,
): Promise<void> {
  state.counters.inFlight += 1;
  state.counters.maxInFlight = Math.max(state.counters.maxInFlight, state.counters.inFlight);
  try {
    await route(request, response, state);
  } catch (error) {
    if (response.headersSent) {
      response.destroy();
    } else if (error instanceof BadRequest) {
      sendError(response, error.status, error.message);
    } else {
      sendError(response, 500, error instanceof Error ? error.message : String(error));
    }
  } finally {
    state.counters.inFlight -= 1;
  }
}
