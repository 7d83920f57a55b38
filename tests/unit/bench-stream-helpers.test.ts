import { describe, expect, it } from "vitest";
import { statusFieldMiB } from "@/bench/server/process-memory";
import { runWithConcurrency } from "@/bench/support/run-with-concurrency";
import { SseReader } from "@/bench/ttft/sse-reader";

describe("SseReader", () => {
  it("returns events only once their blank line has arrived, across chunk boundaries", () => {
    const reader = new SseReader();
    expect(reader.push('event: sources\ndata: {"n":1}\n')).toEqual([]);
    expect(reader.push("\nevent: tok")).toEqual([{ event: "sources", data: '{"n":1}' }]);
    expect(reader.push('en\ndata: {"text":"Hi"}\n\nevent: done\ndata: {}\n\n')).toEqual([
      { event: "token", data: '{"text":"Hi"}' },
      { event: "done", data: "{}" },
    ]);
  });

  it("handles CRLF line ends, multi-line data and unnamed events", () => {
    const reader = new SseReader();
    expect(reader.push("data: a\r\ndata: b\r\n\r\n")).toEqual([{ event: "message", data: "a\nb" }]);
  });
});

describe("runWithConcurrency", () => {
  it("keeps at most N tasks in flight and returns results in input order", async () => {
    let inFlight = 0;
    let most = 0;
    const results = await runWithConcurrency([30, 10, 20, 5, 1], 2, async (delay, index) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight -= 1;
      return index * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
  });

  it("rejects a concurrency below one", async () => {
    await expect(runWithConcurrency([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});

describe("statusFieldMiB", () => {
  const status = "Name:\tnext-server\nVmHWM:\t  512000 kB\nVmRSS:\t  256000 kB\nThreads:\t11\n";

  it("reads a kB field of /proc/<pid>/status as MiB", () => {
    expect(statusFieldMiB(status, "VmRSS")).toBe(250);
    expect(statusFieldMiB(status, "VmHWM")).toBe(500);
  });

  it("returns null for an absent field", () => {
    expect(statusFieldMiB(status, "VmSwap")).toBeNull();
  });
});
