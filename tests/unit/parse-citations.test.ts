import { describe, expect, it } from "vitest";
import { dropUnknownCitations, parseCitations } from "@/lib/answer/parse-citations";

describe("parseCitations", () => {
  it.each([
    ["Autoclaves run at 134 °C [1].", 3, [1]],
    ["First [2]. Then [1].", 3, [2, 1]],
    ["Both sources agree [1, 3].", 3, [1, 3]],
    ["Adjacent markers [1][2].", 3, [1, 2]],
    ["A range [1-3].", 3, [1, 2, 3]],
    ["Unknown numbers are dropped [7] [0].", 3, []],
    ["Repeated [2] and again [2].", 3, [2]],
    ["No citations here.", 3, []],
    ["Array index a[1] in prose still counts only if a source exists [4].", 3, [1]],
  ])("%s", (text, count, expected) => {
    expect(parseCitations(text, count)).toEqual(expected);
  });
});

describe("dropUnknownCitations", () => {
  it.each([
    ["Known [1] and invented [9].", 2, "Known [1] and invented."],
    ["Mixed [1, 9].", 2, "Mixed [1]."],
    ["All fine [1][2].", 2, "All fine [1][2]."],
  ])("%s", (text, count, expected) => {
    expect(dropUnknownCitations(text, count)).toBe(expected);
  });
});
