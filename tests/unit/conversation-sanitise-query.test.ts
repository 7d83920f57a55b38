import { describe, expect, it } from "vitest";
import { titleFromQuestion } from "@/lib/conversations/conversation-title";
import { MAX_SEARCH_QUERY, sanitiseSearchQuery } from "@/lib/conversations/sanitise-search-query";

describe("sanitiseSearchQuery", () => {
  it.each<[string, string | null]>([
    ["zorvaprine dose for children", "zorvaprine dose for children"],
    ["  zorvaprine   dose\tfor children  ", "zorvaprine dose for children"],
    ['"zorvaprine dose for children"', "zorvaprine dose for children"],
    ["“zorvaprine dose for children”", "zorvaprine dose for children"],
    ["Query: zorvaprine dose for children", "zorvaprine dose for children"],
    ["Standalone search query: zorvaprine dose", "zorvaprine dose"],
    ["**Search query:** zorvaprine dose", "zorvaprine dose"],
    ["- zorvaprine dose for children", "zorvaprine dose for children"],
    ["1. zorvaprine dose for children", "zorvaprine dose for children"],
    ["\n\nzorvaprine dose for children\nThis query adds the drug name.", "zorvaprine dose for children"],
    ["<think>The user means the drug.</think>\nzorvaprine dose for children", "zorvaprine dose for children"],
    ["<think>never closed", null],
    ["", null],
    ["   \n  ", null],
    ['""', null],
    ["...", null],
    ["I'm sorry, I cannot help with that.", null],
    ["Sure! Here is the query you asked for", null],
    ["dosis de zorvaprina para niños", "dosis de zorvaprina para niños"],
  ])("%j -> %j", (reply, expected) => {
    expect(sanitiseSearchQuery(reply)).toBe(expected);
  });

  it("cuts a long reply at a word boundary within the limit", () => {
    const query = sanitiseSearchQuery("zorvaprine dosing guidance ".repeat(40)) ?? "";
    expect(query.length).toBeLessThanOrEqual(MAX_SEARCH_QUERY);
    expect(query.length).toBeGreaterThan(MAX_SEARCH_QUERY - 30);
    expect(query.endsWith(" ")).toBe(false);
    expect("zorvaprine dosing guidance ".repeat(40).startsWith(query)).toBe(true);
  });
});

describe("titleFromQuestion", () => {
  it.each<[string, string]>([
    ["What is the dose?", "What is the dose?"],
    ["  What is\n the   dose?  ", "What is the dose?"],
    [
      "Which sterilisation procedures apply to wrapped surgical instruments in the day surgery unit today?",
      "Which sterilisation procedures apply to wrapped surgical instruments in the day…",
    ],
    ["x".repeat(100), `${"x".repeat(80)}…`],
  ])("%j -> %j", (question, title) => {
    expect(titleFromQuestion(question)).toBe(title);
  });
});
