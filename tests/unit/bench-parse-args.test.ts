import { describe, expect, it } from "vitest";
import { parseBenchArgs, UsageError } from "@/bench/cli/parse-args";

const NAMES = ["extract", "ingest", "search"];

describe("parseBenchArgs", () => {
  it("runs every benchmark at its default size into bench-results/ without arguments", () => {
    expect(parseBenchArgs([], NAMES)).toEqual({
      kind: "run",
      names: NAMES,
      size: null,
      outDir: "bench-results",
    });
  });

  it("picks one benchmark, a size and an output directory", () => {
    expect(parseBenchArgs(["search", "--size", "1000000", "--out", "/tmp/b"], NAMES)).toEqual({
      kind: "run",
      names: ["search"],
      size: 1_000_000,
      outDir: "/tmp/b",
    });
    expect(parseBenchArgs(["--size=250", "ingest"], NAMES)).toMatchObject({ names: ["ingest"], size: 250 });
  });

  it("accepts sizes written with separators", () => {
    expect(parseBenchArgs(["search", "--size", "1_000_000"], NAMES)).toMatchObject({ size: 1_000_000 });
    expect(parseBenchArgs(["search", "--size", "100,000"], NAMES)).toMatchObject({ size: 100_000 });
  });

  it("answers --help", () => {
    expect(parseBenchArgs(["--help"], NAMES)).toEqual({ kind: "help" });
    expect(parseBenchArgs(["-h"], NAMES)).toEqual({ kind: "help" });
  });

  it.each([
    [["nope"], /unknown benchmark "nope"/],
    [["search", "ingest"], /one benchmark name at most/],
    [["search", "--size", "0"], /positive integer/],
    [["search", "--size", "1.5"], /positive integer/],
    [["search", "--size", "lots"], /positive integer/],
    [["--size", "10"], /applies to one benchmark/],
    [["search", "--out", ""], /needs a directory/],
    [["search", "--verbose"], /verbose/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseBenchArgs(argv, NAMES)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv, NAMES)).toThrow(message);
  });
});
