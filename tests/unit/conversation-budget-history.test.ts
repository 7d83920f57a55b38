import { describe, expect, it } from "vitest";
import { budgetHistory, type HistoryBudgetInput } from "@/lib/conversations/budget-history";

const base: HistoryBudgetInput = {
  turnTokens: [],
  window: 8000,
  committed: 2000,
  maxShare: 0.3,
  stored: null,
  summaryTokens: 300,
};

describe("budgetHistory", () => {
  it.each<[string, Partial<HistoryBudgetInput>, { budget: number; keepFrom: number; summary: string }]>([
    ["no turns", {}, { budget: 2400, keepFrom: 0, summary: "none" }],
    ["everything fits", { turnTokens: [500, 500, 500] }, { budget: 2400, keepFrom: 0, summary: "none" }],
    ["exactly the budget fits", { turnTokens: [1200, 1200] }, { budget: 2400, keepFrom: 0, summary: "none" }],
    [
      "the share caps history even with room left",
      { turnTokens: [1000, 1000, 1000], committed: 1000 },
      { budget: 2400, keepFrom: 1, summary: "write" },
    ],
    [
      "sources leave less than the share",
      { turnTokens: [400, 400, 400], committed: 7000 },
      { budget: 1000, keepFrom: 2, summary: "write" },
    ],
    [
      "the oldest turns are summarised, the newest kept whole",
      { turnTokens: [900, 900, 900, 900] },
      { budget: 2400, keepFrom: 2, summary: "write" },
    ],
    [
      "a stored summary covering every left-out turn is reused",
      { turnTokens: [900, 900, 900, 900], stored: { turns: 2, tokens: 200 } },
      { budget: 2400, keepFrom: 2, summary: "reuse" },
    ],
    [
      "a stored summary covering more than must go keeps its turns out",
      { turnTokens: [100, 100, 100, 2200], stored: { turns: 3, tokens: 150 } },
      { budget: 2400, keepFrom: 3, summary: "reuse" },
    ],
    [
      "a stored summary that no longer covers enough is rewritten",
      { turnTokens: [900, 900, 900, 900, 900], stored: { turns: 1, tokens: 200 } },
      { budget: 2400, keepFrom: 3, summary: "write" },
    ],
    [
      "a stored summary for turns that do not exist is ignored",
      { turnTokens: [900, 900, 900], stored: { turns: 5, tokens: 200 } },
      { budget: 2400, keepFrom: 1, summary: "write" },
    ],
    [
      "no room for a summary: the old turns are dropped",
      { turnTokens: [150, 150, 150], committed: 7800, summaryTokens: 300 },
      { budget: 200, keepFrom: 2, summary: "none" },
    ],
    [
      "no room at all: every turn is dropped",
      { turnTokens: [150, 150], committed: 8100 },
      { budget: 0, keepFrom: 2, summary: "none" },
    ],
    [
      "one turn larger than the budget is summarised rather than cut",
      { turnTokens: [5000] },
      { budget: 2400, keepFrom: 1, summary: "write" },
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(budgetHistory({ ...base, ...overrides })).toEqual(expected);
  });

  it("never plans more history than its budget", () => {
    for (const committed of [0, 3000, 5000, 7900]) {
      const input = { ...base, committed, turnTokens: [700, 300, 1200, 50, 800, 400] };
      const plan = budgetHistory(input);
      const kept = input.turnTokens.slice(plan.keepFrom).reduce((sum, cost) => sum + cost, 0);
      const summaryCost = plan.summary === "write" ? input.summaryTokens : 0;
      expect(kept + summaryCost).toBeLessThanOrEqual(plan.budget);
    }
  });
});
