import type { ServerResponse } from "node:http";
import { sendJson, sendText } from "./http-io";
import type { GarbageMode } from "./types";

/** Valid JSON that lacks what each endpoint promises: e.g. a legacy server's field names. */
const WRONG_SHAPES: Record<string, unknown> = {
  "/api/version": { ver: 12 },
  "/api/tags": { data: [{ id: "llama3.1:8b" }] },
  "/api/show": { details: "unavailable" },
  "/api/embed": { embedding: [0.1, "0.2", null] },
  "/api/ps": { running: true },
};

const BROKEN_NDJSON =
  '{"model":"llama3.1:8b","message":{"role":"assistant","content":"The\nnot json at all\n{"done":\n';
const WRONG_SHAPE_NDJSON = '{"model":"llama3.1:8b","response":"The","done":false}\n{"status":"thinking"}\n';

/** Answers 200 with a body no correct client should accept. */
export function sendGarbage(response: ServerResponse, path: string, mode: Exclude<GarbageMode, false>): void {
  if (path === "/api/chat") {
    sendText(
      response,
      200,
      mode === "wrong-shape" ? WRONG_SHAPE_NDJSON : BROKEN_NDJSON,
      "application/x-ndjson",
    );
    return;
  }
  if (mode === "wrong-shape") {
    sendJson(response, 200, WRONG_SHAPES[path] ?? { unexpected: true });
    return;
  }
  sendText(response, 200, "<html><body>502 Bad Gateway</body></html>", "application/json; charset=utf-8");
}
