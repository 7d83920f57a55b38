import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSseParser, type SseFrame } from "@/app/components/ask/parse-sse";

function parseAll(chunks: string[]): SseFrame[] {
  const parser = createSseParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

describe("createSseParser", () => {
  it("parses named events with JSON data", () => {
    const frames = parseAll(['event: sources\ndata: {"n":1}\n\nevent: token\ndata: {"text":"Hi"}\n\n']);
    expect(frames).toEqual([
      { event: "sources", data: '{"n":1}' },
      { event: "token", data: '{"text":"Hi"}' },
    ]);
  });

  it("defaults the event name to message", () => {
    expect(parseAll(["data: plain\n\n"])).toEqual([{ event: "message", data: "plain" }]);
  });

  it("joins multi-line data with newlines", () => {
    expect(parseAll(["event: token\ndata: line one\ndata: line two\n\n"])).toEqual([
      { event: "token", data: "line one\nline two" },
    ]);
  });

  it("ignores comments and unknown fields, and keeps the id", () => {
    const frames = parseAll([": keep-alive\n\nretry: 1000\nid: 7\nfoo: bar\nevent: done\ndata: {}\n\n"]);
    expect(frames).toEqual([{ event: "done", data: "{}", id: "7" }]);
  });

  it("does not dispatch a frame with no data, and resets its event name", () => {
    expect(parseAll(["event: lonely\n\ndata: x\n\n"])).toEqual([{ event: "message", data: "x" }]);
  });

  it("strips only one leading space from a value", () => {
    expect(parseAll(["data:  two spaces\n\n", "data:none\n\n"])).toEqual([
      { event: "message", data: " two spaces" },
      { event: "message", data: "none" },
    ]);
  });

  it("handles CRLF and CR line endings, including a CRLF split across chunks", () => {
    expect(parseAll(["event: a\r", "\ndata: 1\r\n\r", "\nevent: b\rdata: 2\r\r"])).toEqual([
      { event: "a", data: "1" },
      { event: "b", data: "2" },
    ]);
  });

  it("reassembles frames split at arbitrary points", () => {
    const frames = parseAll(["ev", "ent: tok", "en\nda", 'ta: {"te', 'xt":"a"}', "\n", "\n"]);
    expect(frames).toEqual([{ event: "token", data: '{"text":"a"}' }]);
  });

  it("returns frames only once they are complete", () => {
    const parser = createSseParser();
    expect(parser.push("event: token\ndata: 1\n")).toEqual([]);
    expect(parser.push("\n")).toEqual([{ event: "token", data: "1" }]);
  });

  it("strips a byte-order mark at the start of the stream", () => {
    expect(parseAll(["\uFEFFdata: x\n\n"])).toEqual([{ event: "message", data: "x" }]);
  });

  it("keeps a final frame that the server did not terminate with a blank line", () => {
    expect(parseAll(['event: done\ndata: {"answer":"ok"}'])).toEqual([
      { event: "done", data: '{"answer":"ok"}' },
    ]);
  });

  it("gives the same frames however the stream is chunked", () => {
    const stream =
      'event: sources\ndata: {"sources":[]}\n\n: ping\n\nevent: token\r\ndata: {"text":"é [1]"}\r\n\r\n' +
      "event: token\ndata: a\ndata: b\n\nevent: done\ndata: {}\n\n";
    const whole = parseAll([stream]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 20 }),
        (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), stream.length];
          const chunks = points.slice(1).map((end, i) => stream.slice(points[i], end));
          expect(parseAll(chunks)).toEqual(whole);
        },
      ),
    );
  });
});
