import { describe, expect, it } from "vitest";
import { mergeRects, type Rect } from "@/app/components/viewer/highlight-rects";

const r = (left: number, top: number, width: number, height = 12): Rect => ({ left, top, width, height });

describe("mergeRects", () => {
  it.each([
    ["adjacent spans on one line join", [r(10, 100, 40), r(52, 100, 30)], [r(10, 100, 72)]],
    [
      "sub-pixel drift still counts as one line",
      [r(10, 100, 40), r(50, 100.8, 30, 12.5)],
      [r(10, 100, 70, 13.3)],
    ],
    ["two lines stay apart", [r(10, 100, 40), r(10, 114, 40)], [r(10, 100, 40), r(10, 114, 40)]],
    [
      "a wide gap (another column) stays apart",
      [r(10, 100, 40), r(300, 100, 40)],
      [r(10, 100, 40), r(300, 100, 40)],
    ],
    ["empty rectangles are dropped", [r(10, 100, 0), r(20, 100, 10, 0), r(30, 100, 5)], [r(30, 100, 5)]],
  ])("%s", (_name, input, expected) => {
    const merged = mergeRects(input);
    expect(merged).toHaveLength(expected.length);
    merged.forEach((rect, index) => {
      const want = expected[index] as Rect;
      for (const key of ["left", "top", "width", "height"] as const)
        expect(rect[key]).toBeCloseTo(want[key], 5);
    });
  });

  it("does not change its input", () => {
    const input = [r(10, 100, 40), r(52, 100, 30)];
    mergeRects(input);
    expect(input).toEqual([r(10, 100, 40), r(52, 100, 30)]);
  });
});
