/**
 * Incremental Server-Sent Events framing: feed it text as it arrives, get back the names
 * of the events completed so far. Only names matter here (the benchmark times when a
 * `token` arrives), so data lines are kept raw.
 */
export interface SseEventFrame {
  event: string;
  data: string;
}

export class SseReader {
  #buffer = "";

  push(text: string): SseEventFrame[] {
    this.#buffer += text.replaceAll("\r\n", "\n");
    const frames = this.#buffer.split("\n\n");
    this.#buffer = frames.pop() ?? "";
    return frames.filter((frame) => frame.trim() !== "").map(parseFrame);
  }
}

function parseFrame(frame: string): SseEventFrame {
  let event = "message";
  const data: string[] = [];
  for (const line of frame.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  return { event, data: data.join("\n") };
}
