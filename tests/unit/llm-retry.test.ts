import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, retryDelayMs, sleep, withRetry } from "@/lib/llm/retry";

const policy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 1000 };

describe("retryDelayMs", () => {
  it.each([
    [1, 0, 125],
    [1, 1, 250],
    [2, 0, 250],
    [2, 1, 500],
    [3, 0.5, 750],
    [5, 1, 1000],
  ])("attempt %i with random %d waits %d ms", (attempt, random, expected) => {
    expect(retryDelayMs(attempt, policy, () => random)).toBe(expected);
  });

  it("defaults to 3 attempts starting at 250 ms", () => {
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ attempts: 3, baseDelayMs: 250 });
  });
});

describe("withRetry", () => {
  const quick = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 };

  it("retries retryable failures up to the number of attempts", async () => {
    const seen: number[] = [];
    const result = await withRetry(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 3) throw new Error("flaky");
        return "ok";
      },
      { policy: quick, shouldRetry: () => true },
    );
    expect(result).toBe("ok");
    expect(seen).toEqual([1, 2, 3]);
  });

  it("rethrows the last failure once attempts run out", async () => {
    let calls = 0;
    const failing = withRetry(
      async () => {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
      { policy: quick, shouldRetry: () => true },
    );
    await expect(failing).rejects.toThrow("failure 3");
  });

  it("does not retry what shouldRetry rejects", async () => {
    let calls = 0;
    const failing = withRetry(
      async () => {
        calls += 1;
        throw new Error("bad request");
      },
      { policy: quick, shouldRetry: () => false },
    );
    await expect(failing).rejects.toThrow("bad request");
    expect(calls).toBe(1);
  });

  it("stops waiting as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const failing = withRetry(
      async () => {
        throw new Error("down");
      },
      {
        policy: { attempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
        shouldRetry: () => true,
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(new Error("cancelled")), 10);
    await expect(failing).rejects.toThrow("cancelled");
  });
});

describe("sleep", () => {
  it("rejects at once for an aborted signal", async () => {
    await expect(sleep(10_000, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });
});
