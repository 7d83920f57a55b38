import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "@/lib/evaluation/parse-eval-args";

describe("parseEvalArgs", () => {
  it("takes the dataset as an option or as the only positional argument, defaulting to every mode", () => {
    expect(parseEvalArgs(["--dataset", "../shared/eval/scifact"])).toEqual({
      kind: "run",
      args: { datasetDir: "../shared/eval/scifact", modes: "all" },
    });
    expect(parseEvalArgs(["../shared/eval/scifact", "--split", "dev", "--out", "r.json"])).toEqual({
      kind: "run",
      args: { datasetDir: "../shared/eval/scifact", modes: "all", split: "dev", out: "r.json" },
    });
  });

  it.each([
    { mode: "keyword", modes: ["keyword"] },
    { mode: "all", modes: "all" },
    { mode: "hybrid,keyword", modes: ["keyword", "hybrid"] },
    { mode: "Vector", modes: ["vector"] },
  ])("reads --mode $mode", ({ mode, modes }) => {
    const parsed = parseEvalArgs(["d", "--mode", mode]);
    expect(parsed.kind === "run" && parsed.args.modes).toEqual(modes);
  });

  it.each([
    { argv: [], message: /Missing the dataset directory/ },
    { argv: ["a", "b"], message: /only argument/ },
    { argv: ["a", "--dataset", "b"], message: /only argument/ },
    { argv: ["a", "--mode", "bm25"], message: /Unknown mode "bm25"/ },
    { argv: ["a", "--colour"], message: /colour/ },
  ])("rejects $argv", ({ argv, message }) => {
    const parsed = parseEvalArgs(argv);
    expect(parsed.kind).toBe("error");
    expect(parsed.kind === "error" && parsed.message).toMatch(message);
  });

  it("asks for help", () => {
    expect(parseEvalArgs(["--help"])).toEqual({ kind: "help" });
  });
});
