import { describe, expect, it } from "vitest";
import { sumKeywordScores } from "@/lib/vector/sum-keyword-scores";

const hits = (...entries: Array<[string, number]>) => entries.map(([id, score]) => ({ id, hit: id, score }));

describe("sumKeywordScores", () => {
  it("adds a chunk's scores over the parts and ranks by the sum", () => {
    const ranked = sumKeywordScores(
      [
        { finds: true, hits: hits(["a", 3], ["b", 2.5], ["c", 1]) },
        { finds: true, hits: hits(["c", 2.5], ["d", 0.5]) },
      ],
      10,
    );
    expect(ranked).toEqual([
      { hit: "c", score: 3.5 },
      { hit: "a", score: 3 },
      { hit: "b", score: 2.5 },
      { hit: "d", score: 0.5 },
    ]);
  });

  it("lets a scoring-only part lift chunks found elsewhere but never bring one in", () => {
    const ranked = sumKeywordScores(
      [
        { finds: false, hits: hits(["heading-only", 9], ["b", 1]) },
        { finds: true, hits: hits(["a", 2], ["b", 1.5]) },
      ],
      10,
    );
    expect(ranked).toEqual([
      { hit: "b", score: 2.5 },
      { hit: "a", score: 2 },
    ]);
  });

  it("keeps only the best k, and nothing for k = 0 or no parts", () => {
    const parts = [{ finds: true, hits: hits(["a", 1], ["b", 3], ["c", 2]) }];
    expect(sumKeywordScores(parts, 2).map((entry) => entry.hit)).toEqual(["b", "c"]);
    expect(sumKeywordScores(parts, 0)).toEqual([]);
    expect(sumKeywordScores([], 5)).toEqual([]);
  });
});
