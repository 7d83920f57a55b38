import { describe, expect, it } from "vitest";
import { fuseReciprocalRank } from "@/lib/retrieval/fuse-reciprocal-rank";

const ids = (...names: string[]) => names.map((id) => ({ id }));

describe("fuseReciprocalRank", () => {
  it("sums 1 / (k + rank + 1) over the lists, with k = 60 by default", () => {
    const fused = fuseReciprocalRank([ids("a", "b", "c"), ids("c", "a")]);
    expect(fused.map((item) => item.id)).toEqual(["a", "c", "b"]);
    expect(fused[0]?.score).toBeCloseTo(1 / 61 + 1 / 62, 12); // 0.0325224749...
    expect(fused[1]?.score).toBeCloseTo(1 / 63 + 1 / 61, 12); // 0.0322664585...
    expect(fused[2]?.score).toBeCloseTo(1 / 62, 12);
    expect(fused.map((item) => item.ranks)).toEqual([
      [0, 1],
      [2, 0],
      [1, undefined],
    ]);
  });

  it("applies per-list weights and a custom k", () => {
    const fused = fuseReciprocalRank([ids("x", "y"), ids("y")], { k: 1, weights: [2, 1] });
    expect(fused).toEqual([
      { id: "y", score: 2 / 3 + 1 / 2, ranks: [1, 0] },
      { id: "x", score: 1, ranks: [0, undefined] },
    ]);
  });

  it("breaks score ties by the better single rank, then by id, whatever the input order", () => {
    const rankFirst = fuseReciprocalRank([ids("z"), ids("b", "a")], { k: 0, weights: [1, 2] });
    // z: 1/1 = 1; a: 2/2 = 1 (tied, but rank 1 loses to rank 0); b: 2/1 = 2.
    expect(rankFirst.map((item) => [item.id, item.score])).toEqual([
      ["b", 2],
      ["z", 1],
      ["a", 1],
    ]);
    expect(fuseReciprocalRank([ids("b"), ids("a")]).map((item) => item.id)).toEqual(["a", "b"]);
    expect(fuseReciprocalRank([ids("a"), ids("b")]).map((item) => item.id)).toEqual(["a", "b"]);
  });

  it("counts a repeated id once per list, at its first position", () => {
    const fused = fuseReciprocalRank([ids("a", "a", "b")]);
    expect(fused).toEqual([
      { id: "a", score: 1 / 61, ranks: [0] },
      { id: "b", score: 1 / 63, ranks: [2] },
    ]);
  });

  it("handles empty input and rejects a negative k", () => {
    expect(fuseReciprocalRank([])).toEqual([]);
    expect(fuseReciprocalRank([[], []])).toEqual([]);
    expect(() => fuseReciprocalRank([ids("a")], { k: -1 })).toThrow(RangeError);
  });
});
