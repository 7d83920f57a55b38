import { toAppError } from "@/lib/errors/app-error";

export interface StreamEvent {
  type: string;
}

function frame(event: StreamEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Serialises an async generator of events as Server-Sent Events. When the client goes
 * away the stream is cancelled, which aborts `controller` so upstream work (the model's
 * generation) stops instead of running to completion for nobody.
 */
export function eventStreamResponse(
  produce: (signal: AbortSignal) => AsyncGenerator<StreamEvent>,
  requestSignal?: AbortSignal,
): Response {
  const controller = new AbortController();
  requestSignal?.addEventListener("abort", () => controller.abort(), { once: true });
  const encoder = new TextEncoder();
  const events = produce(controller.signal);
  const body = new ReadableStream<Uint8Array>({
    async pull(stream) {
      try {
        const next = await events.next();
        if (next.done) stream.close();
        else stream.enqueue(encoder.encode(frame(next.value)));
      } catch (error) {
        const appError = toAppError(error);
        if (appError.status >= 500) console.error(`[quire] stream: ${appError.code}: ${appError.message}`);
        stream.enqueue(
          encoder.encode(
            frame({ type: "error", code: appError.code, message: appError.userMessage } as StreamEvent),
          ),
        );
        stream.close();
      }
    },
    async cancel() {
      controller.abort();
      await events.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
