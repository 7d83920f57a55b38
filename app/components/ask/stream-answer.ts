import { readApiError } from "../api/api-error";
import { type AskEvent, toAskEvent } from "./ask-events";
import { createSseParser } from "./parse-sse";

/** Thrown when the stream closes before a `done` or `error` event arrived. */
export class IncompleteStreamError extends Error {
  constructor() {
    super("The answer stream ended before the answer was complete.");
    this.name = "IncompleteStreamError";
  }
}

/** What POST /api/ask is sent: the question, and the conversation it continues or the answer it redoes. */
export interface AskRequest {
  question: string;
  conversationId?: string;
  regenerate?: string;
}

/**
 * POSTs the question and reports each event as it arrives. Aborting `signal` closes the
 * connection, which is how the server learns to stop generating.
 */
export async function streamAnswer(
  request: AskRequest,
  signal: AbortSignal,
  onEvent: (event: AskEvent) => void,
): Promise<void> {
  const response = await fetch("/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(request),
    signal,
    cache: "no-store",
  });
  if (!response.ok) {
    const error = await readApiError(response);
    onEvent({ type: "error", code: error.code, message: error.message });
    return;
  }
  if (!response.body) throw new IncompleteStreamError();

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser();
  let finished = false;

  const deliver = (frames: ReturnType<typeof parser.push>) => {
    for (const frame of frames) {
      const event = toAskEvent(frame);
      if (!event) continue;
      if (event.type === "done" || event.type === "error") finished = true;
      onEvent(event);
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // `stream: true` keeps a multi-byte character split across chunks intact.
      deliver(parser.push(decoder.decode(value, { stream: true })));
    }
    deliver(parser.push(decoder.decode()));
    deliver(parser.end());
  } finally {
    reader.releaseLock();
  }
  if (!finished) throw new IncompleteStreamError();
}
