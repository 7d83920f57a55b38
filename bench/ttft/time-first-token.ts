import { SseReader } from "./sse-reader";
import { streamChunks } from "./stream-chunks";

export interface AskTiming {
  /** From sending the request to the `sources` event: retrieval done. */
  sourcesMs: number | null;
  firstTokenMs: number | null;
  totalMs: number;
  /** True when Quire answered without the model (relevance gate), which would not time the model path. */
  abstained: boolean;
  error: string | null;
}

/** POST /api/ask and note when each milestone of the event stream arrives. */
export async function timeAsk(
  baseUrl: string,
  question: string,
  authHeaders: Record<string, string>,
): Promise<AskTiming> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", ...authHeaders },
    body: JSON.stringify({ question }),
  });
  const timing: AskTiming = {
    sourcesMs: null,
    firstTokenMs: null,
    totalMs: 0,
    abstained: false,
    error: null,
  };
  if (!response.ok || !response.body) {
    timing.error = `HTTP ${response.status}`;
    timing.totalMs = performance.now() - started;
    return timing;
  }
  const reader = new SseReader();
  const decoder = new TextDecoder();
  for await (const chunk of streamChunks(response.body)) {
    for (const frame of reader.push(decoder.decode(chunk, { stream: true }))) {
      const at = performance.now() - started;
      if (frame.event === "sources") timing.sourcesMs ??= at;
      else if (frame.event === "token") timing.firstTokenMs ??= at;
      else if (frame.event === "error") timing.error = frame.data;
      else if (frame.event === "done")
        timing.abstained = (JSON.parse(frame.data) as { abstained?: boolean }).abstained === true;
    }
  }
  timing.totalMs = performance.now() - started;
  return timing;
}

/** The model host alone: a streamed /api/chat straight to the fake, timed to its first NDJSON line. */
export async function timeDirectChat(ollamaUrl: string, model: string, question: string) {
  const started = performance.now();
  const response = await fetch(`${ollamaUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model, messages: [{ role: "user", content: question }], stream: true }),
  });
  if (!response.ok || !response.body) throw new Error(`fake Ollama answered ${response.status}`);
  let firstTokenMs: number | null = null;
  for await (const _chunk of streamChunks(response.body)) firstTokenMs ??= performance.now() - started;
  return { firstTokenMs, totalMs: performance.now() - started };
}
