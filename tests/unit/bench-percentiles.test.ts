import { describe, expect, it } from "vitest";
import { percentile, summarize } from "@/bench/report/percentiles";

describe("percentile", () => {
  it("interpolates between closest ranks, as numpy's default does", () => {
    const samples = [15, 20, 35, 40, 50];
    expect(percentile(samples, 0)).toBe(15);
    expect(percentile(samples, 50)).toBe(35);
    expect(percentile(samples, 100)).toBe(50);
    // position 0.4 * 4 = 1.6: 20 + 0.6 * (35 - 20)
    expect(percentile(samples, 40)).toBeCloseTo(29, 12);
    // position 0.95 * 4 = 3.8: 40 + 0.8 * 10
    expect(percentile(samples, 95)).toBeCloseTo(48, 12);
  });

  it("does not depend on input order and leaves the input alone", () => {
    const samples = [50, 15, 40, 20, 35];
    expect(percentile(samples, 50)).toBe(35);
    expect(samples).toEqual([50, 15, 40, 20, 35]);
  });

  it("returns the only sample for any percentile", () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it("rejects no samples and out-of-range percentiles", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("reports count, mean, p50, p95, p99 and max", () => {
    const samples = Array.from({ length: 101 }, (_, i) => i);
    expect(summarize(samples)).toEqual({ count: 101, mean: 50, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});
