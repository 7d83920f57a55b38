/**
 * A small Server-Sent Events parser (WHATWG "event stream interpretation").
 * EventSource cannot POST, so /api/ask is read with fetch and its text fed through this.
 * Pure and incremental: a frame or even a line may be split across any number of chunks.
 */

export interface SseFrame {
  /** The `event:` field, or "message" when the frame had none. */
  event: string;
  /** All `data:` lines of the frame joined with "\n". */
  data: string;
  /** The `id:` field, when present. */
  id?: string;
}

export interface SseParser {
  /** Feeds already-decoded text; returns the frames it completed, in order. */
  push(text: string): SseFrame[];
  /** Signals the end of the stream and returns any frame still pending. */
  end(): SseFrame[];
}

export function createSseParser(): SseParser {
  let buffer = "";
  let atStreamStart = true;
  let eventName = "";
  let dataLines: string[] = [];
  let lastId: string | undefined;

  function dispatch(frames: SseFrame[]): void {
    // Per the spec a frame with no data is not dispatched, and the event name resets either way.
    if (dataLines.length > 0) {
      const frame: SseFrame = { event: eventName || "message", data: dataLines.join("\n") };
      if (lastId !== undefined) frame.id = lastId;
      frames.push(frame);
    }
    eventName = "";
    dataLines = [];
  }

  function processLine(line: string, frames: SseFrame[]): void {
    if (line === "") {
      dispatch(frames);
      return;
    }
    if (line.startsWith(":")) return; // comment, e.g. a keep-alive ping
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "event":
        eventName = value;
        break;
      case "data":
        dataLines.push(value);
        break;
      case "id":
        if (!value.includes("\0")) lastId = value;
        break;
      default:
        break; // "retry" and unknown fields do not matter to a one-shot fetch stream
    }
  }

  function drainLines(final: boolean): SseFrame[] {
    const frames: SseFrame[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      if (!match) break;
      // A lone "\r" at the very end may be the first half of "\r\n": wait for the next chunk.
      if (match[0] === "\r" && match.index === buffer.length - 1 && !final) break;
      processLine(buffer.slice(0, match.index), frames);
      buffer = buffer.slice(match.index + match[0].length);
    }
    return frames;
  }

  return {
    push(text) {
      buffer += text;
      if (atStreamStart && buffer.length > 0) {
        if (buffer.startsWith("\uFEFF")) buffer = buffer.slice(1);
        atStreamStart = false;
      }
      return drainLines(false);
    },
    end() {
      const frames = drainLines(true);
      // The spec drops an unterminated last frame; we keep it so that a server that closes
      // right after its final `data:` line does not lose the `done` event.
      if (buffer !== "") processLine(buffer, frames);
      buffer = "";
      dispatch(frames);
      return frames;
    },
  };
}
