import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";

describe("retrieval and gate settings", () => {
  it("defaults to the measured settings: duplicate collapse and one neighbour on, title, MMR and rerank off", () => {
    expect(loadConfig({})).toMatchObject({
      minKeywordCoverage: 0.35,
      retrievalStages: { collapseDuplicates: true, titleBoost: 0, mmrLambda: 1 },
      neighbourChunks: 1,
      rerankModel: null,
      rerankTimeoutMs: 15_000,
    });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      QUIRE_MIN_KEYWORD_COVERAGE: "0.6",
      QUIRE_DEDUPE: "false",
      QUIRE_TITLE_BOOST: "0.05",
      QUIRE_MMR_LAMBDA: "0.9",
      QUIRE_NEIGHBOUR_CHUNKS: "0",
      QUIRE_RERANK_MODEL: "qwen2.5:0.5b",
      QUIRE_RERANK_TIMEOUT_MS: "3000",
    });
    expect(config).toMatchObject({
      minKeywordCoverage: 0.6,
      retrievalStages: { collapseDuplicates: false, titleBoost: 0.05, mmrLambda: 0.9 },
      neighbourChunks: 0,
      rerankModel: "qwen2.5:0.5b",
      rerankTimeoutMs: 3000,
    });
  });

  it.each([
    ["QUIRE_MIN_KEYWORD_COVERAGE", "1.2"],
    ["QUIRE_DEDUPE", "maybe"],
    ["QUIRE_TITLE_BOOST", "-1"],
    ["QUIRE_MMR_LAMBDA", "2"],
    ["QUIRE_NEIGHBOUR_CHUNKS", "1.5"],
    ["QUIRE_NEIGHBOUR_CHUNKS", "9"],
    ["QUIRE_RERANK_TIMEOUT_MS", "10"],
  ])("rejects %s=%s naming the variable", (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`${variable}:`));
  });
});
