import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "@/lib/evaluation/parse-eval-args";

describe("parseEvalArgs", () => {
  it("takes the dataset as an option or as the only positional argument, defaulting to every mode", () => {
    const defaults = { holdout: 0.2, seed: 1, calibrate: false, settings: true, abstention: true };
    expect(parseEvalArgs(["--dataset", "../shared/eval/scifact"])).toEqual({
      kind: "run",
      args: { datasetDir: "../shared/eval/scifact", modes: "all", ...defaults },
    });
    expect(parseEvalArgs(["../shared/eval/scifact", "--split", "dev", "--out", "r.json"])).toEqual({
      kind: "run",
      args: { datasetDir: "../shared/eval/scifact", modes: "all", split: "dev", out: "r.json", ...defaults },
    });
  });

  it("reads the data directory, hold-out, calibration and skip options", () => {
    const parsed = parseEvalArgs([
      "d",
      "--data-dir",
      "/tmp/kept",
      "--holdout",
      "0.3",
      "--seed",
      "7",
      "--calibrate",
      "--no-settings",
      "--no-abstention",
    ]);
    expect(parsed).toEqual({
      kind: "run",
      args: {
        datasetDir: "d",
        modes: "all",
        dataDir: "/tmp/kept",
        holdout: 0.3,
        seed: 7,
        calibrate: true,
        settings: false,
        abstention: false,
      },
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
    { argv: ["a", "--holdout", "1.5"], message: /--holdout must be a share/ },
    { argv: ["a", "--holdout", "none"], message: /--holdout must be a share/ },
    { argv: ["a", "--seed", "1.5"], message: /--seed must be a whole number/ },
  ])("rejects $argv", ({ argv, message }) => {
    const parsed = parseEvalArgs(argv);
    expect(parsed.kind).toBe("error");
    expect(parsed.kind === "error" && parsed.message).toMatch(message);
  });

  it("asks for help", () => {
    expect(parseEvalArgs(["--help"])).toEqual({ kind: "help" });
  });
});
