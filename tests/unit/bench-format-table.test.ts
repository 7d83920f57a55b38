import { describe, expect, it } from "vitest";
import { formatNumber, formatRatio, ratioOf } from "@/bench/report/format-number";
import { formatTable } from "@/bench/report/format-table";

describe("formatNumber", () => {
  it("keeps about three significant figures without exponents", () => {
    expect(formatNumber(123_456.7)).toBe("123,457");
    expect(formatNumber(123.45)).toBe("123");
    expect(formatNumber(12.345)).toBe("12.3");
    expect(formatNumber(1.2345)).toBe("1.23");
    expect(formatNumber(0.012345)).toBe("0.012");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-3.5)).toBe("-3.50");
  });

  it("prints integers (counts) whole", () => {
    expect(formatNumber(25)).toBe("25");
    expect(formatNumber(1_000_000)).toBe("1,000,000");
  });

  it("prints non-finite values as such", () => {
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});

describe("ratioOf / formatRatio", () => {
  it("divides value by baseline", () => {
    expect(ratioOf(30, 10)).toBe(3);
    expect(formatRatio(ratioOf(5, 20))).toBe("0.25×");
    expect(formatRatio(ratioOf(25, 25))).toBe("1.00×");
    expect(formatRatio(ratioOf(171, 10))).toBe("17.1×");
    expect(formatRatio(ratioOf(4321, 2))).toBe("2,161×");
  });

  it("has no ratio without a usable baseline", () => {
    expect(ratioOf(1, null)).toBeNull();
    expect(ratioOf(1, 0)).toBeNull();
    expect(ratioOf(1, Number.NaN)).toBeNull();
    expect(formatRatio(null)).toBe("—");
  });
});

describe("formatTable", () => {
  it("aligns metric names left and figures right, with a dash where no baseline exists", () => {
    const table = formatTable("search (size 100,000, 61 s)", [
      { metric: "hybrid p50", unit: "ms", value: 12.34, baseline: 10, baselineLabel: "raw LanceDB" },
      { metric: "table rows", unit: "", value: 100_000, baseline: null },
    ]);
    expect(table.split("\n")).toEqual([
      "search (size 100,000, 61 s)",
      "metric        value  baseline  ratio  baseline is",
      "----------  -------  --------  -----  -----------",
      "hybrid p50  12.3 ms     10 ms  1.23×  raw LanceDB",
      "table rows  100,000         —      —",
    ]);
  });
});
